/**
 * The access check of existing files ({@code check --against PATH...}): the policies read out of
 * existing Terraform or policy JSON as they are, the rows meant to be allowed or denied (from a
 * design, or from what the files say), the real access evaluator on them, and for every row that is
 * not as intended its cause in words. Two folders (one per account) are also checked to fit
 * together. Decision record 0031.
 */
package dev.s3grant.existing.check;
