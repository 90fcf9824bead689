package dev.s3grant.analysis.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.model.Design;
import dev.s3grant.policy.PolicyGenerator;
import dev.s3grant.testing.TestDesigns;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AdHocCheckTest {

    static final Design THREE = TestDesigns.load("three-writers");
    static final String OBJECT = "arn:aws:s3:::central-ingest-222222222222/app-a/x.json";

    static AdHocResult check(Design design, String principal, String action, String resource, Map<String, List<String>> context) {
        return AdHocCheck.evaluate(design, PolicyGenerator.generate(design), Caller.parse(principal, design.partition().id()),
                action, resource, RequestContext.of(context));
    }

    @Test
    void aWritersSessionUsesItsRolePolicyAndTheBucketPolicy() {
        AdHocResult r = check(THREE, "arn:aws:sts::111111111111:assumed-role/ingest-writer/job-7", "s3:PutObject", OBJECT, Map.of());
        assertThat(r.identityPolicies()).containsExactly("A-role-policy.json");
        assertThat(r.resourcePolicy()).contains("bucket-policy.json");
        assertThat(r.worstCaseIdentity()).isFalse();
        assertThat(r.evaluation().decision()).isEqualTo(Decision.ALLOW);
        assertThat(r.request().context().asMap()).containsExactly(
                Map.entry("aws:PrincipalAccount", List.of("111111111111")),
                Map.entry("aws:PrincipalArn", List.of("arn:aws:iam::111111111111:role/workloads/ingest/ingest-writer")),
                Map.entry("aws:PrincipalOrgID", List.of("o-a1b2c3d4e5")),
                Map.entry("aws:ResourceAccount", List.of("222222222222")),
                Map.entry("aws:ResourceOrgID", List.of("o-a1b2c3d4e5")),
                Map.entry("aws:SecureTransport", List.of("true")));
    }

    @Test
    void aRoleArnWithoutItsPathStillNamesTheDesignedWriter() {
        AdHocResult r = check(THREE, "arn:aws:iam::333333333333:role/ingest-writer", "s3:PutObject", OBJECT, Map.of());
        assertThat(r.identityPolicies()).containsExactly("A2-role-policy.json");
        assertThat(r.request().caller().principalArn()).isEqualTo("arn:aws:iam::333333333333:role/workloads/ingest/ingest-writer");
        assertThat(r.evaluation().decision()).isEqualTo(Decision.ALLOW);
    }

    @Test
    void anyOtherPrincipalIsAssumedToHoldEveryPermissionAndIsStoppedByTheBucketPolicy() {
        AdHocResult r = check(THREE, "arn:aws:iam::111111111111:root", "s3:PutObject", OBJECT, Map.of());
        assertThat(r.worstCaseIdentity()).isTrue();
        assertThat(r.identityPolicies()).containsExactly("worst-case-identity-policy");
        assertThat(r.evaluation().decision()).isEqualTo(Decision.IMPLICIT_DENY);
        assertThat(r.evaluation().reason()).isEqualTo(Reason.RESOURCE_POLICY_DOES_NOT_ALLOW);
    }

    @Test
    void contextKeysGivenByTheUserWin() {
        AdHocResult r = check(THREE, "arn:aws:sts::111111111111:assumed-role/ingest-writer/job-7", "s3:PutObject", OBJECT,
                Map.of("aws:securetransport", List.of("false")));
        assertThat(r.evaluation().decision()).isEqualTo(Decision.EXPLICIT_DENY);
        assertThat(r.evaluation().statementLabels()).isEqualTo("bucket-policy.json#DenyInsecureTransport");
        assertThat(r.request().context().values("aws:SecureTransport")).contains(List.of("false"));
    }

    @Test
    void assumeRoleOnAWritersRoleUsesItsTrustPolicy() {
        String role = "arn:aws:iam::444444444444:role/etl-job-role";
        AdHocResult guarded = check(THREE, "states.amazonaws.com", "sts:AssumeRole", role, Map.of(
                "aws:SourceAccount", List.of("444444444444"),
                "aws:SourceArn", List.of("arn:aws:states:ap-northeast-1:444444444444:stateMachine:etl")));
        assertThat(guarded.resourcePolicy()).contains("Analytics-trust-policy.json");
        assertThat(guarded.identityPolicies()).isEmpty();
        assertThat(guarded.evaluation().decision()).isEqualTo(Decision.ALLOW);
        assertThat(guarded.request().context().has("aws:PrincipalArn")).as("services have no principal ARN").isFalse();

        AdHocResult withoutKeys = check(THREE, "states.amazonaws.com", "sts:AssumeRole", role, Map.of());
        assertThat(withoutKeys.evaluation().decision()).isEqualTo(Decision.IMPLICIT_DENY);
        assertThat(check(THREE, "glue.amazonaws.com", "sts:AssumeRole", role, Map.of()).evaluation().decision())
                .isEqualTo(Decision.ALLOW);
    }

    @Test
    void assumeRoleOnARoleOutsideTheDesignHasNoTrustPolicyToAllowIt() {
        AdHocResult r = check(THREE, "ecs-tasks.amazonaws.com", "sts:AssumeRole", "arn:aws:iam::555555555555:role/x", Map.of());
        assertThat(r.resourcePolicy()).isEmpty();
        assertThat(r.request().resourceAccount()).isEqualTo("555555555555");
        assertThat(r.evaluation().decision()).isEqualTo(Decision.IMPLICIT_DENY);
    }

    @Test
    void kmsActionsUseTheKeyPolicy() {
        Design kms = TestDesigns.load("kms-existing-key");
        String key = kms.bucket().encryption().kmsKeyArn();
        AdHocResult writer = check(kms, "arn:aws:sts::111111111111:assumed-role/ecs-cross-account-s3-role/s",
                "kms:GenerateDataKey", key, Map.of("kms:ViaService", List.of("s3.ap-northeast-1.amazonaws.com")));
        assertThat(writer.resourcePolicy()).isEqualTo(Optional.of("kms-key-policy.json"));
        assertThat(writer.evaluation().decision()).isEqualTo(Decision.ALLOW);
        assertThat(writer.request().context().values("kms:CallerAccount")).contains(List.of("111111111111"));
        AdHocResult direct = check(kms, "arn:aws:sts::111111111111:assumed-role/ecs-cross-account-s3-role/s",
                "kms:GenerateDataKey", key, Map.of());
        assertThat(direct.evaluation().decision()).as("a call to KMS not made through S3").isEqualTo(Decision.IMPLICIT_DENY);
        AdHocResult other = check(kms, "arn:aws:sts::111111111111:assumed-role/other/s", "kms:Decrypt", key, Map.of());
        assertThat(other.evaluation().decision()).isEqualTo(Decision.IMPLICIT_DENY);
    }
}
