/**
 * Explanations of any IAM policy document, not only the designer's own (decision 0032): each
 * statement in plain words, its condition logic, its reach and the AWS pages behind it.
 */
package dev.s3grant.explain.any;
