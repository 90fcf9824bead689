package dev.s3grant.analysis.document;

import static dev.s3grant.analysis.Severity.SECURITY_WARNING;
import static dev.s3grant.analysis.Severity.WARNING;

import dev.s3grant.analysis.findings.Rule;
import dev.s3grant.model.DocLinks;
import java.util.List;

/**
 * The rules that apply to a policy document of any origin (decision 0032). Where a design rule
 * says the same of the document, its code is reused; the example is a policy that makes the rule
 * fire. Object Ownership cannot be known from a policy alone, so the two ACL rules warn rather than
 * fail.
 */
public final class DocumentRules {

    /** The bucket policy does not deny requests over plain HTTP; the same finding as a design without the deny. */
    public static final Rule INSECURE_TRANSPORT_ALLOWED = new Rule("S3G-073", SECURITY_WARNING,
            "findings.document.insecureTransportAllowed", DocLinks.S3_SECURITY, """
            {"Statement": [{"Effect": "Allow", "Principal": {"AWS": "111111111111"}, "Action": "s3:PutObject",
                            "Resource": "arn:aws:s3:::amzn-s3-demo-bucket/*"}]}""");
    /** A trust policy trusts a service that documents confused-deputy keys, without them. */
    public static final Rule CONFUSED_DEPUTY_KEYS_MISSING = new Rule("S3G-044", SECURITY_WARNING,
            "findings.document.confusedDeputyKeysMissing", DocLinks.CONFUSED_DEPUTY, """
            {"Statement": [{"Effect": "Allow", "Principal": {"Service": "ecs-tasks.amazonaws.com"},
                            "Action": "sts:AssumeRole"}]}""");
    /** {@code s3:PutObjectAcl} granted: under BucketOwnerEnforced only needed for an ACL that fails anyway. */
    public static final Rule OBJECT_ACL_GRANTED = new Rule("S3G-201", WARNING,
            "findings.document.objectAclGranted", DocLinks.OBJECT_OWNERSHIP_ERRORS, """
            {"Statement": [{"Effect": "Allow", "Principal": {"AWS": "111111111111"}, "Action": "s3:PutObjectAcl",
                            "Resource": "arn:aws:s3:::amzn-s3-demo-bucket/*"}]}""");
    /** A write must carry an {@code x-amz-acl} header, which {@code UploadPart} cannot. */
    public static final Rule ACL_HEADER_REQUIRED = new Rule("S3G-202", WARNING,
            "findings.document.aclHeaderRequired", DocLinks.ENSURE_OBJECT_OWNERSHIP, """
            {"Statement": [{"Effect": "Allow", "Principal": {"AWS": "111111111111"}, "Action": "s3:PutObject",
                            "Resource": "arn:aws:s3:::amzn-s3-demo-bucket/*",
                            "Condition": {"StringEquals": {"s3:x-amz-acl": "bucket-owner-full-control"}}}]}""");

    private DocumentRules() {
    }

    public static List<Rule> all() {
        return List.of(INSECURE_TRANSPORT_ALLOWED, CONFUSED_DEPUTY_KEYS_MISSING, OBJECT_ACL_GRANTED, ACL_HEADER_REQUIRED);
    }
}
