package dev.s3grant.analysis.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.io.DesignFiles;
import dev.s3grant.model.Design;
import dev.s3grant.policy.DocumentKind;
import dev.s3grant.policy.Effect;
import dev.s3grant.policy.GeneratedPolicies;
import dev.s3grant.policy.PolicyFile;
import dev.s3grant.policy.PolicyGenerator;
import dev.s3grant.policy.PolicyJson;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The bucket policy of the original conversation's "corrected" answer
 * (the user's first request, before this project): it requires {@code s3:x-amz-acl =
 * bucket-owner-full-control} although the bucket enforces the owner, so a client that sends no ACL
 * (every SDK default, and every UploadPart) is denied (docs/aws-rules.md#no-put-object-acl).
 */
class OriginalConversationTest {

    static final String BROKEN_BUCKET_POLICY = """
            {
              "Version": "2012-10-17",
              "Statement": [
                {
                  "Sid": "AllowCrossAccountPutObject",
                  "Effect": "Allow",
                  "Principal": {"AWS": "arn:aws:iam::111111111111:root"},
                  "Action": ["s3:PutObject", "s3:PutObjectAcl"],
                  "Resource": "arn:aws:s3:::%s/*",
                  "Condition": {"StringEquals": {"s3:x-amz-acl": "bucket-owner-full-control"}}
                }
              ]
            }
            """;

    static final String ORIGINAL_ROLE_POLICY = """
            {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
              "Action": ["s3:PutObject", "s3:PutObjectAcl"], "Resource": "arn:aws:s3:::%s/*"}]}
            """;

    static final Caller WRITER = Caller.roleSession("arn:aws:iam::111111111111:role/ecs-cross-account-s3-role", "task");

    static AccessRequest put(String bucket, RequestContext context) {
        return new AccessRequest(WRITER, "s3:PutObject", "arn:aws:s3:::" + bucket + "/incoming/data.json", "222222222222",
                ImpliedKeys.fill(context, WRITER, "222222222222", "", ""));
    }

    @Test
    @DisplayName("The conversation's bucket policy denies the writer's plain PutObject, which sends no x-amz-acl")
    void theBrokenBucketPolicyDeniesAPlainPut() {
        PolicySet set = PolicySet.of(
                List.of(new NamedPolicy("role-policy", PolicyJson.parse(ORIGINAL_ROLE_POLICY.formatted("bucket")))),
                new NamedPolicy("bucket-policy", PolicyJson.parse(BROKEN_BUCKET_POLICY.formatted("bucket"))),
                ResourcePolicyKind.ORDINARY);

        Evaluation plain = PolicyEvaluator.evaluate(put("bucket", RequestContext.empty()), set);
        assertThat(plain.decision()).isEqualTo(Decision.IMPLICIT_DENY);
        assertThat(plain.reason()).isEqualTo(Reason.RESOURCE_POLICY_DOES_NOT_ALLOW);
        assertThat(plain.statements()).containsExactly(new DecidingStatement("role-policy", "[1]", Effect.Allow));

        Evaluation withAcl = PolicyEvaluator.evaluate(
                put("bucket", RequestContext.empty().with("s3:x-amz-acl", "bucket-owner-full-control")), set);
        assertThat(withAcl.decision()).as("only a client that sends the ACL gets through").isEqualTo(Decision.ALLOW);
    }

    @Test
    @DisplayName("The conversation's account principal lets any role of the writer account in that sends the ACL")
    void theAccountPrincipalAdmitsEveryRoleOfTheAccount() {
        Caller other = Caller.roleSession("arn:aws:iam::111111111111:role/anything-else", "s");
        AccessRequest put = new AccessRequest(other, "s3:PutObject", "arn:aws:s3:::bucket/x", "222222222222",
                RequestContext.empty().with("s3:x-amz-acl", "bucket-owner-full-control"));
        Evaluation e = PolicyEvaluator.evaluate(put, PolicySet.of(List.of(DesignPolicies.worstCase("s3:*")),
                new NamedPolicy("bucket-policy", PolicyJson.parse(BROKEN_BUCKET_POLICY.formatted("bucket"))),
                ResourcePolicyKind.ORDINARY));
        assertThat(e.decision()).isEqualTo(Decision.ALLOW);
    }

    @Test
    @DisplayName("Put in place of a design's bucket policy, it makes the access matrix fail on every plain put")
    void theMatrixCatchesTheBrokenBucketPolicy() {
        Design design = DesignFiles.example();
        GeneratedPolicies generated = PolicyGenerator.generate(design);
        PolicyFile broken = PolicyFile.of(PolicyGenerator.BUCKET_POLICY_FILE, DocumentKind.BUCKET_POLICY, "B",
                PolicyJson.parse(BROKEN_BUCKET_POLICY.formatted(design.bucket().name())));
        AccessMatrix matrix = AccessMatrix.of(design, new GeneratedPolicies(generated.writers(), broken, generated.keyPolicy()));

        assertThat(matrix.mismatches()).extracting(r -> r.description().key()).containsExactly(
                "access.row.put", "access.row.createUploadWithoutAcl", "access.row.uploadPart",
                "access.row.completeUpload", "access.row.abort");
        assertThat(matrix.findings()).extracting(f -> f.code() + " " + f.location().text())
                .containsExactly("S3G-900 access-matrix#1", "S3G-900 access-matrix#3", "S3G-900 access-matrix#4",
                        "S3G-900 access-matrix#5", "S3G-900 access-matrix#6");
    }
}
