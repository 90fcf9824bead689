package dev.s3grant.analysis.findings;

import static dev.s3grant.analysis.Severity.ERROR;
import static dev.s3grant.analysis.Severity.SECURITY_WARNING;
import static dev.s3grant.analysis.Severity.WARNING;

import dev.s3grant.analysis.Finding;
import dev.s3grant.model.Design;
import dev.s3grant.model.DesignField;
import dev.s3grant.model.DocLinks;
import dev.s3grant.policy.GeneratedPolicies;
import java.util.List;

/**
 * Object Ownership, an existing bucket, TLS and Block Public Access (S3G-070 to S3G-079). ACLs
 * enabled (ObjectWriter, BucketOwnerPreferred) is an ERROR: the bucket policy must then require
 * {@code bucket-owner-full-control}, which UploadPart and CompleteMultipartUpload cannot send, so
 * multipart uploads fail; no policy keeps both multipart uploads and the owner's ownership
 * (docs/decisions/0015-object-ownership-and-multipart.md).
 * <p>Rules: docs/aws-rules.md#acls-disabled, docs/aws-rules.md#existing-bucket-ownership,
 * docs/aws-rules.md#tls-deny, docs/aws-rules.md#no-public-grant.
 */
final class BucketSettingRules implements DesignRules {

    static final Rule OBJECT_WRITER = new Rule("S3G-070", ERROR, "findings.bucket.objectWriter",
            DocLinks.OBJECT_OWNERSHIP, """
            {"bucket": {"objectOwnership": "ObjectWriter"}}""");
    static final Rule BUCKET_OWNER_PREFERRED = new Rule("S3G-071", ERROR, "findings.bucket.bucketOwnerPreferred",
            DocLinks.ENSURE_OBJECT_OWNERSHIP, """
            {"bucket": {"objectOwnership": "BucketOwnerPreferred"}}""");
    static final Rule EXISTING_BUCKET_POLICY_REPLACED = new Rule("S3G-072", WARNING,
            "findings.bucket.existingPolicyReplaced", DocLinks.PUT_BUCKET_POLICY, """
            {"bucket": {"manage": false}}""");
    static final Rule OWNERSHIP_NOT_SET = new Rule("S3G-075", WARNING,
            "findings.bucket.ownershipNotSet", DocLinks.OBJECT_OWNERSHIP, """
            {"bucket": {"manage": false, "manageOwnershipControls": false}}""");
    static final Rule INSECURE_TRANSPORT_ALLOWED = new Rule("S3G-073", SECURITY_WARNING,
            "findings.bucket.insecureTransportAllowed", DocLinks.S3_SECURITY, """
            {"bucket": {"denyInsecureTransport": false}}""");
    static final Rule BLOCK_PUBLIC_ACCESS_OFF = new Rule("S3G-074", SECURITY_WARNING,
            "findings.bucket.blockPublicAccessOff", DocLinks.BLOCK_PUBLIC_ACCESS, """
            {"bucket": {"blockPublicAccess": false}}""");

    @Override
    public List<Rule> rules() {
        return List.of(OBJECT_WRITER, BUCKET_OWNER_PREFERRED, EXISTING_BUCKET_POLICY_REPLACED,
                INSECURE_TRANSPORT_ALLOWED, BLOCK_PUBLIC_ACCESS_OFF, OWNERSHIP_NOT_SET);
    }

    @Override
    public void check(Design design, GeneratedPolicies policies, List<Finding> out) {
        var bucket = design.bucket();
        switch (bucket.objectOwnership()) {
            case ObjectWriter -> out.add(OBJECT_WRITER.at(Locations.at(DesignField.OBJECT_OWNERSHIP), bucket.name()));
            case BucketOwnerPreferred -> out.add(BUCKET_OWNER_PREFERRED.at(Locations.at(DesignField.OBJECT_OWNERSHIP), bucket.name()));
            case BucketOwnerEnforced -> {
                // ACLs disabled: every object belongs to the bucket owner, no header needed
            }
        }
        if (!bucket.manage() && !design.existing().hasBucketPolicy()) {
            out.add(EXISTING_BUCKET_POLICY_REPLACED.at(Locations.at(DesignField.BUCKET_MANAGE), bucket.name()));
        }
        if (!bucket.ownershipControlsSet()) {
            out.add(OWNERSHIP_NOT_SET.at(Locations.at(DesignField.MANAGE_OWNERSHIP_CONTROLS), bucket.name(),
                    bucket.objectOwnership().name()));
        }
        if (!bucket.denyInsecureTransport()) {
            out.add(INSECURE_TRANSPORT_ALLOWED.at(Locations.at(DesignField.DENY_INSECURE_TRANSPORT), bucket.name()));
        }
        if (bucket.manage() && !bucket.blockPublicAccess()) {
            out.add(BLOCK_PUBLIC_ACCESS_OFF.at(Locations.at(DesignField.BLOCK_PUBLIC_ACCESS), bucket.name()));
        }
    }
}
