package dev.s3grant.analysis.findings;

import static dev.s3grant.analysis.Severity.ERROR;

import dev.s3grant.analysis.access.AccessMatrix;

/**
 * S3G-900: a request of the access-check matrix whose outcome differs from its intent. The matrix
 * raises these findings itself ({@link AccessMatrix#findings()}); the catalogue lists the rule so
 * that the documentation and the window treat it like every other. Its example is a bucket with ACLs
 * enabled: the bucket policy then requires an ACL header that UploadPart cannot send.
 */
final class AccessCheckRule {

    static final Rule MISMATCH = new Rule(AccessMatrix.MISMATCH_CODE, ERROR, "findings.access.mismatch",
            AccessMatrix.DOC_URL, """
            {"bucket": {"objectOwnership": "BucketOwnerPreferred"}}""");

    private AccessCheckRule() {
    }
}
