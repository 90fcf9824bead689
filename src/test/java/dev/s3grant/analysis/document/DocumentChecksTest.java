package dev.s3grant.analysis.document;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.analysis.Finding;
import dev.s3grant.policy.DocumentKind;
import dev.s3grant.policy.PolicyJson;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DocumentChecksTest {

    private static List<String> codes(DocumentKind kind, String json) {
        return DocumentChecks.check("p.json", "", Optional.of(kind), PolicyJson.parse(json)).stream().map(Finding::code).toList();
    }

    @Test
    void everyRuleFiresOnItsOwnExample() {
        assertThat(codes(DocumentKind.BUCKET_POLICY, DocumentRules.INSECURE_TRANSPORT_ALLOWED.example())).contains("S3G-073");
        assertThat(codes(DocumentKind.TRUST_POLICY, DocumentRules.CONFUSED_DEPUTY_KEYS_MISSING.example())).containsExactly("S3G-044");
        assertThat(codes(DocumentKind.ROLE_POLICY, DocumentRules.OBJECT_ACL_GRANTED.example())).containsExactly("S3G-201");
        assertThat(codes(DocumentKind.ROLE_POLICY, DocumentRules.ACL_HEADER_REQUIRED.example())).containsExactly("S3G-202");
    }

    @Test
    void aBucketPolicyWithTheTlsDenyHasNoTransportFinding() {
        assertThat(codes(DocumentKind.BUCKET_POLICY, """
                {"Statement": [{"Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "arn:aws:s3:::b/*",
                                "Condition": {"Bool": {"aws:SecureTransport": "false"}}}]}""")).isEmpty();
    }

    @Test
    void aGuardedTrustAndAServiceWithoutDocumentedKeysHaveNoConfusedDeputyFinding() {
        assertThat(codes(DocumentKind.TRUST_POLICY, """
                {"Statement": [{"Effect": "Allow", "Principal": {"Service": "ecs-tasks.amazonaws.com"}, "Action": "sts:AssumeRole",
                                "Condition": {"StringEquals": {"aws:SourceAccount": "111122223333"}}},
                               {"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]}"""))
                .isEmpty();
    }

    @Test
    void firehoseNeedsItsExternalIdNotASourceAccount() {
        assertThat(codes(DocumentKind.TRUST_POLICY, """
                {"Statement": [{"Effect": "Allow", "Principal": {"Service": "firehose.amazonaws.com"}, "Action": "sts:AssumeRole",
                                "Condition": {"StringEquals": {"aws:SourceAccount": "111122223333"}}}]}""")).containsExactly("S3G-044");
    }

    @Test
    void aDenyOfEveryOtherAclValueRequiresTheHeaderButADenyOfOnePublicAclDoesNot() {
        assertThat(codes(DocumentKind.BUCKET_POLICY, """
                {"Statement": [{"Effect": "Deny", "Principal": "*", "Action": "s3:PutObject", "Resource": "arn:aws:s3:::b/*",
                                "Condition": {"StringNotEquals": {"s3:x-amz-acl": "bucket-owner-full-control"}}},
                               {"Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "arn:aws:s3:::b/*",
                                "Condition": {"Bool": {"aws:SecureTransport": "false"}}}]}""")).containsExactly("S3G-202");
        assertThat(codes(DocumentKind.BUCKET_POLICY, """
                {"Statement": [{"Effect": "Deny", "Principal": "*", "Action": "s3:PutObject", "Resource": "arn:aws:s3:::b/*",
                                "Condition": {"StringEquals": {"s3:x-amz-acl": "public-read"}}},
                               {"Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "arn:aws:s3:::b/*",
                                "Condition": {"Bool": {"aws:SecureTransport": "false"}}}]}""")).isEmpty();
    }
}
