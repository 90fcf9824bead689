package dev.s3grant.existing.reading;

import dev.s3grant.policy.PolicyDocument;

/** A policy read from the files, with the block and line it came from. */
record ImportedPolicy(PolicyDocument document, String file, int line, String address) {
}
