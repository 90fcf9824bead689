/**
 * Adoption: the design's Terraform applied over Terraform that exists, without destroying what it
 * declares. Resources of the existing files that declare the same objects as the design are moved
 * to the design's addresses with {@code moved} blocks, their force-new values kept; the rest is
 * left alone (decision 0030).
 */
package dev.s3grant.existing.adopt;
