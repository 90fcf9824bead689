package dev.s3grant.analysis.access;

import static dev.s3grant.analysis.access.MatrixAssertions.describeMismatches;
import static dev.s3grant.analysis.access.MatrixAssertions.matrix;
import static dev.s3grant.analysis.access.MatrixAssertions.rows;
import static dev.s3grant.analysis.access.MatrixAssertions.shape;
import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.analysis.Finding;
import dev.s3grant.analysis.Severity;
import dev.s3grant.io.DesignFiles;
import dev.s3grant.model.Design;
import dev.s3grant.policy.Effect;
import dev.s3grant.policy.WriterActions;
import dev.s3grant.testing.TestDesigns;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class AccessMatrixTest {

    static final List<String> GOLDEN = TestDesigns.NAMES;

    @ParameterizedTest(name = "{0}")
    @FieldSource("GOLDEN")
    @DisplayName("Every golden design gets every intended outcome, so the matrix raises no finding")
    void everyGoldenDesignGetsItsIntendedOutcomes(String name) {
        AccessMatrix matrix = matrix(TestDesigns.load(name));
        assertThat(matrix.allMatch()).as(describeMismatches(matrix)).isTrue();
        assertThat(matrix.findings()).isEmpty();
        assertThat(rows(matrix, "put")).isNotEmpty().allMatch(r -> r.actual().decision() == Decision.ALLOW);
    }

    @Test
    void theExampleDesignHasOneRowPerProbeInAFixedOrder() {
        assertThat(shape(matrix(DesignFiles.example()))).containsExactly(
                "put s3:PutObject ALLOWED->ALLOW",
                "abort s3:AbortMultipartUpload ALLOWED->ALLOW",
                "tagging s3:PutObjectTagging DENIED->IMPLICIT_DENY",
                "putAcl s3:PutObjectAcl DENIED->IMPLICIT_DENY",
                "get s3:GetObject DENIED->IMPLICIT_DENY",
                "delete s3:DeleteObject DENIED->IMPLICIT_DENY",
                "list s3:ListBucket DENIED->IMPLICIT_DENY",
                "outsidePrefixes s3:PutObject DENIED->IMPLICIT_DENY",
                "insecureTransport s3:PutObject DENIED->EXPLICIT_DENY",
                "foreignOrganization s3:PutObject DENIED->IMPLICIT_DENY",
                "serviceAssumes sts:AssumeRole ALLOWED->ALLOW",
                "serviceFromForeignAccount sts:AssumeRole DENIED->IMPLICIT_DENY",
                "ec2Assumes sts:AssumeRole DENIED->IMPLICIT_DENY",
                "otherRole s3:PutObject DENIED->IMPLICIT_DENY",
                "outsideOrganization s3:PutObject DENIED->IMPLICIT_DENY");
    }

    @Test
    void theWritersPutIsDecidedByItsRolePolicyAndItsBucketStatement() {
        AccessRow put = rows(matrix(DesignFiles.example()), "put").get(0);
        assertThat(put.principal()).isEqualTo("arn:aws:sts::111111111111:assumed-role/ecs-cross-account-s3-role/s3grant-check");
        assertThat(put.request().resource()).isEqualTo("arn:aws:s3:::central-ingest-222222222222/incoming/s3grant-check.txt");
        assertThat(put.request().context().asMap()).containsExactly(
                java.util.Map.entry("aws:PrincipalAccount", List.of("111111111111")),
                java.util.Map.entry("aws:PrincipalArn", List.of("arn:aws:iam::111111111111:role/ecs-cross-account-s3-role")),
                java.util.Map.entry("aws:PrincipalOrgID", List.of("o-a1b2c3d4e5")),
                java.util.Map.entry("aws:ResourceAccount", List.of("222222222222")),
                java.util.Map.entry("aws:ResourceOrgID", List.of("o-a1b2c3d4e5")),
                java.util.Map.entry("aws:SecureTransport", List.of("true")));
        assertThat(put.actual().statements()).containsExactly(
                new DecidingStatement("A-role-policy.json", "AllowPutObjects", Effect.Allow),
                new DecidingStatement("bucket-policy.json", "AllowPutFromA", Effect.Allow));
    }

    @Test
    void aPlainHttpPutIsDeniedByTheTlsStatement() {
        AccessRow http = rows(matrix(DesignFiles.example()), "insecureTransport").get(0);
        assertThat(http.request().context().values("aws:SecureTransport")).contains(List.of("false"));
        assertThat(http.actual().statements()).containsExactly(
                new DecidingStatement("bucket-policy.json", "DenyInsecureTransport", Effect.Deny));
    }

    @Test
    void underBucketOwnerPreferredThePutCarriesTheAclAndAPutWithoutItIsDenied() {
        AccessMatrix matrix = matrix(TestDesigns.load("bucket-owner-preferred"));
        AccessRow put = rows(matrix, "put").get(0);
        assertThat(put.request().context().values(WriterActions.ACL_KEY)).contains(List.of("bucket-owner-full-control"));
        assertThat(put.actual().decision()).isEqualTo(Decision.ALLOW);
        assertThat(rows(matrix, "putWithoutAcl")).singleElement()
                .satisfies(r -> assertThat(r.actual().reason()).isEqualTo(Reason.RESOURCE_POLICY_DOES_NOT_ALLOW));
        assertThat(rows(matrix, "putAcl")).singleElement()
                .satisfies(r -> assertThat(r.expected()).isEqualTo(Expectation.ALLOWED))
                .satisfies(r -> assertThat(r.actual().decision()).isEqualTo(Decision.ALLOW));
        assertThat(rows(matrix, "abort").get(0).actual().statements())
                .extracting(DecidingStatement::sid).contains("AllowUploadCleanupFromA");
    }

    @Test
    void threeWritersPutUnderEveryPrefixAsTheirRoleWithItsPath() {
        AccessMatrix matrix = matrix(TestDesigns.load("three-writers"));
        assertThat(rows(matrix, "put")).hasSize(9)
                .extracting(r -> r.description().args().get(0) + ":" + r.description().args().get(1))
                .containsExactly(
                        "A:app-a/s3grant-check.txt", "A:app-b/s3grant-check.txt", "A:shared/reports/s3grant-check.txt",
                        "A2:app-a/s3grant-check.txt", "A2:app-b/s3grant-check.txt", "A2:shared/reports/s3grant-check.txt",
                        "Analytics:app-a/s3grant-check.txt", "Analytics:app-b/s3grant-check.txt",
                        "Analytics:shared/reports/s3grant-check.txt");
        assertThat(rows(matrix, "put").get(0).request().context().values("aws:PrincipalArn"))
                .contains(List.of("arn:aws:iam::111111111111:role/workloads/ingest/ingest-writer"));
        assertThat(rows(matrix, "otherRole")).extracting(r -> r.description().args().get(0))
                .containsExactly("111111111111", "333333333333", "444444444444");
        assertThat(rows(matrix, "tagging")).extracting(AccessRow::expected)
                .containsExactly(Expectation.DENIED, Expectation.ALLOWED, Expectation.DENIED);
    }

    @Test
    void everyTrustedServiceAssumesTheRoleAndOnlyGuardedOnesAreProbedFromAForeignAccount() {
        AccessMatrix matrix = matrix(TestDesigns.load("services-list"));
        assertThat(rows(matrix, "serviceAssumes")).extracting(AccessRow::principal).containsExactly(
                "ecs-tasks.amazonaws.com", "glue.amazonaws.com", "lambda.amazonaws.com", "states.amazonaws.com");
        assertThat(rows(matrix, "serviceFromForeignAccount")).extracting(AccessRow::principal)
                .containsExactly("ecs-tasks.amazonaws.com", "states.amazonaws.com");
        AccessRow states = rows(matrix, "serviceAssumes").get(3);
        assertThat(states.request().context().values("aws:SourceArn"))
                .contains(List.of("arn:aws:states:ap-northeast-1:111111111111:stateMachine:s3grant-check"));
        assertThat(states.actual().statements()).extracting(DecidingStatement::sid).containsExactly("TrustStates");
        assertThat(rows(matrix, "ec2Assumes")).singleElement()
                .satisfies(r -> assertThat(r.actual().decision()).isEqualTo(Decision.IMPLICIT_DENY));
    }

    @Test
    void firehoseAssumesTheRoleWithItsExternalIdAndNotWithAForeignOne() {
        Design design = DesignFiles.example().withWriters(List.of(DesignFiles.example().writers().get(0)
                .withPrincipals(new dev.s3grant.model.Principals(dev.s3grant.model.PrincipalMode.SERVICES,
                        List.of("firehose.amazonaws.com", "ec2.amazonaws.com")))));
        AccessMatrix matrix = matrix(design);
        assertThat(matrix.allMatch()).as(describeMismatches(matrix)).isTrue();
        AccessRow firehose = rows(matrix, "serviceAssumes").get(1);
        assertThat(firehose.principal()).isEqualTo("firehose.amazonaws.com");
        assertThat(firehose.request().context().values("sts:ExternalId")).contains(List.of("111111111111"));
        assertThat(rows(matrix, "serviceFromForeignAccount")).singleElement()
                .satisfies(r -> assertThat(r.request().context().values("sts:ExternalId")).contains(List.of("999999999999")));
        assertThat(rows(matrix, "ec2Assumes")).as("EC2 is trusted here").isEmpty();
    }

    @Test
    void aFirehoseWriterMayReadListAndCallTheBucketActionsFirehoseDocuments() {
        AccessMatrix matrix = matrix(TestDesigns.load("firehose"));
        assertThat(matrix.allMatch()).as(describeMismatches(matrix)).isTrue();
        assertThat(rows(matrix, "get")).singleElement().satisfies(r -> {
            assertThat(r.expected()).isEqualTo(Expectation.ALLOWED);
            assertThat(r.actual().decision()).isEqualTo(Decision.ALLOW);
        });
        assertThat(rows(matrix, "list")).singleElement()
                .satisfies(r -> assertThat(r.actual().decision()).isEqualTo(Decision.ALLOW));
        assertThat(rows(matrix, "serviceBucketAction")).extracting(r -> r.request().action(), AccessRow::expected)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("s3:GetBucketLocation", Expectation.ALLOWED),
                        org.assertj.core.groups.Tuple.tuple("s3:ListBucketMultipartUploads", Expectation.ALLOWED));
        assertThat(rows(matrix, "delete")).singleElement()
                .satisfies(r -> assertThat(r.actual().decision()).isNotEqualTo(Decision.ALLOW));
    }

    @Test
    void aWriterWithoutFirehoseStillMayNotReadOrList() {
        AccessMatrix matrix = matrix(DesignFiles.example());
        assertThat(rows(matrix, "get")).singleElement()
                .satisfies(r -> assertThat(r.expected()).isEqualTo(Expectation.DENIED));
        assertThat(rows(matrix, "list")).singleElement()
                .satisfies(r -> assertThat(r.expected()).isEqualTo(Expectation.DENIED));
        assertThat(rows(matrix, "serviceBucketAction")).isEmpty();
    }

    @Test
    void aChinaSuffixedPrincipalIsCheckedInTheFormTheTrustPolicyUses() {
        AccessMatrix matrix = matrix(TestDesigns.load("cn-suffix"));
        assertThat(matrix.allMatch()).as(describeMismatches(matrix)).isTrue();
        assertThat(rows(matrix, "serviceAssumes")).extracting(AccessRow::principal)
                .containsExactly("ecs-tasks.amazonaws.com", "emr-serverless.amazonaws.com");
        assertThat(rows(matrix, "serviceFromForeignAccount")).hasSize(2);
    }

    @Test
    void theSchedulerSendsAScheduleGroupAsItsSourceArn() {
        AccessMatrix matrix = matrix(TestDesigns.load("scheduler"));
        assertThat(matrix.allMatch()).as(describeMismatches(matrix)).isTrue();
        assertThat(rows(matrix, "serviceAssumes").get(1).request().context().values("aws:SourceArn"))
                .contains(List.of("arn:aws:scheduler:ap-northeast-1:111111111111:schedule-group/default"));
    }

    @Test
    void underSseKmsTheWriterUsesTheKeyAndAnotherRoleCannot() {
        for (String name : List.of("kms-managed-key", "kms-existing-key")) {
            AccessMatrix matrix = matrix(TestDesigns.load(name));
            assertThat(rows(matrix, "kms")).as(name).extracting(r -> r.request().action() + " " + r.actual().decision())
                    .containsExactly("kms:Decrypt ALLOW", "kms:GenerateDataKey ALLOW");
            assertThat(rows(matrix, "kms").get(0).actual().statements()).extracting(DecidingStatement::label)
                    .containsExactly("A-role-policy.json#AllowUseOfBucketKey", "kms-key-policy.json#AllowKeyUseFromA");
            assertThat(rows(matrix, "otherRoleKms")).as(name).singleElement()
                    .satisfies(r -> assertThat(r.actual().decision()).isEqualTo(Decision.IMPLICIT_DENY));
        }
        Design existing = TestDesigns.load("kms-existing-key");
        assertThat(rows(matrix(existing), "kms").get(0).request().resource())
                .isEqualTo(existing.bucket().encryption().kmsKeyArn());
    }

    @Test
    void withoutAnOrganizationNoOrganizationKeyIsSentOrProbed() {
        AccessMatrix matrix = matrix(TestDesigns.load("no-organization"));
        assertThat(rows(matrix, "foreignOrganization")).isEmpty();
        assertThat(matrix.rows()).allMatch(r -> !r.request().context().has("aws:PrincipalOrgID")
                && !r.request().context().has("aws:ResourceOrgID"));
    }

    @Test
    void awsCnRequestsUseTheChinaPartition() {
        AccessMatrix matrix = matrix(TestDesigns.load("aws-cn"));
        assertThat(rows(matrix, "put").get(0).principal()).startsWith("arn:aws-cn:sts::");
        assertThat(rows(matrix, "serviceAssumes").get(0).request().context().values("aws:SourceArn").orElseThrow().get(0))
                .startsWith("arn:aws-cn:ecs:");
    }

    @Test
    void switchedOffGuardsAreNotProbed() {
        Design example = DesignFiles.example();
        Design unguarded = example.withOptions(example.options().withConfusedDeputyGuard(false))
                .withBucket(example.bucket().withDenyInsecureTransport(false));
        AccessMatrix matrix = matrix(unguarded);
        assertThat(matrix.allMatch()).isTrue();
        assertThat(rows(matrix, "serviceFromForeignAccount")).isEmpty();
        assertThat(rows(matrix, "insecureTransport")).isEmpty();
    }

    @Test
    void aWriterInTheBucketOwnersAccountLetsEveryRoleThereInAndThatIsAnError() {
        Design example = DesignFiles.example();
        Design sameAccount = example.withWriters(List.of(example.writers().get(0).withAccountId("222222222222")));
        AccessMatrix matrix = matrix(sameAccount);
        assertThat(matrix.allMatch()).isFalse();
        assertThat(matrix.mismatches()).as("within one account the identity policy alone allows")
                .extracting(r -> r.description().key())
                .containsExactly("access.row.foreignOrganization", "access.row.otherRole");
        int row = matrix.rows().indexOf(matrix.mismatches().get(1));
        assertThat(matrix.findings()).hasSize(2);
        Finding finding = matrix.findings().get(1);
        assertThat(finding.code()).isEqualTo("S3G-900");
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.location()).isEqualTo("access-matrix#" + (row + 1));
        assertThat(finding.docUrl()).isEqualTo(
                "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html");
        assertThat(finding.message().key()).isEqualTo("findings.access.mismatch");
        assertThat(finding.message().args()).containsExactly(row + 1,
                "arn:aws:sts::222222222222:assumed-role/s3grant-check-other-role/s3grant-check", "s3:PutObject",
                "arn:aws:s3:::central-ingest-222222222222/incoming/s3grant-check.txt", "DENIED", "ALLOW",
                "worst-case-identity-policy#AssumedToAllowEverything");
    }

    @Test
    void probesAvoidTheDesignsOwnNames() {
        Design example = DesignFiles.example();
        Design crowded = example.withOrganizationId("o-zzzzzzzzzz")
                .withWriters(List.of(example.writers().get(0).withAccountId("999999999999").withRoleName("s3grant-check-other-role")))
                .withBucket(example.bucket().withKeyPrefixes(List.of("s3grant-outside/")));
        AccessMatrix matrix = matrix(crowded);
        assertThat(matrix.allMatch()).as(describeMismatches(matrix)).isTrue();
        assertThat(rows(matrix, "outsideOrganization").get(0).description().args()).containsExactly("999999999998");
        assertThat(rows(matrix, "foreignOrganization").get(0).description().args()).containsExactly("A", "o-yyyyyyyyyy");
        assertThat(rows(matrix, "otherRole").get(0).description().args()).containsExactly("999999999999", "s3grant-check-other-role-2");
        assertThat(rows(matrix, "outsidePrefixes").get(0).description().args()).containsExactly("A", "z-s3grant-outside/s3grant-check.txt");
    }

    @Test
    void withoutPrefixesTheWriterPutsAtTheTopAndNothingIsOutside() {
        Design example = DesignFiles.example();
        AccessMatrix matrix = matrix(example.withBucket(example.bucket().withKeyPrefixes(List.of())));
        assertThat(rows(matrix, "put")).singleElement()
                .satisfies(r -> assertThat(r.request().resource()).isEqualTo("arn:aws:s3:::central-ingest-222222222222/s3grant-check.txt"));
        assertThat(rows(matrix, "outsidePrefixes")).isEmpty();
    }
}
