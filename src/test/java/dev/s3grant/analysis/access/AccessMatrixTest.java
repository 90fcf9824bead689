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

    /** Under BucketOwnerPreferred multipart uploads fail by design (S3G-071): tested on its own below. */
    static final String MULTIPART_FAILS = "bucket-owner-preferred";
    static final List<String> GOLDEN = TestDesigns.NAMES.stream().filter(n -> !n.equals(MULTIPART_FAILS)).toList();

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
                "createUploadWithAcl s3:PutObject ALLOWED->ALLOW",
                "createUploadWithoutAcl s3:PutObject ALLOWED->ALLOW",
                "uploadPart s3:PutObject ALLOWED->ALLOW",
                "completeUpload s3:PutObject ALLOWED->ALLOW",
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
    void aLiteralWildcardInAPrefixAllowsThePrefixItselfAndDeniesTheKeysAWildcardWouldMatch() {
        AccessMatrix matrix = matrix(TestDesigns.load("literal-wildcards"));

        assertThat(rows(matrix, "put"))
                .extracting(r -> r.description().args().get(1) + " " + r.actual().decision())
                .containsExactly(
                        "drop?zone/s3grant-check.txt ALLOW", "home/${aws:username}/s3grant-check.txt ALLOW",
                        "incoming*/s3grant-check.txt ALLOW", "price$/s3grant-check.txt ALLOW");
        assertThat(rows(matrix, "literalWildcard"))
                .extracting(r -> r.description().args().get(1) + " " + r.description().args().get(2)
                        + " " + r.expected() + "->" + r.actual().decision())
                .containsExactly(
                        "dropQzone/s3grant-check.txt drop?zone/ DENIED->IMPLICIT_DENY",
                        "incomings3grant-star/s3grant-check.txt incoming*/ DENIED->IMPLICIT_DENY");
        assertThat(rows(matrix, "put").get(0).request().context().values("aws:PrincipalArn"))
                .contains(List.of("arn:aws:iam::111111111111:role/team*/ecs-cross-account-s3-role"));
        assertThat(rows(matrix, "outsidePrefixes")).singleElement()
                .satisfies(r -> assertThat(r.actual().decision()).isEqualTo(Decision.IMPLICIT_DENY));
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
                    .containsExactly("A-role-policy.json#AllowUseOfBucketKmsKey", "kms-key-policy.json#AllowKeyUseFromA");
            assertThat(rows(matrix, "otherRoleKms")).as(name).singleElement()
                    .satisfies(r -> assertThat(r.actual().decision()).isEqualTo(Decision.IMPLICIT_DENY));
        }
        Design existing = TestDesigns.load("kms-existing-key");
        assertThat(rows(matrix(existing), "kms").get(0).request().resource())
                .isEqualTo(existing.bucket().encryption().kmsKeyArn());
    }

    @Test
    void underSseKmsOnlyTheBucketsKeyMayBeNamedAndTheKeyOnlyUsedThroughS3() {
        for (String name : List.of("kms-managed-key", "kms-existing-key")) {
            AccessMatrix matrix = matrix(TestDesigns.load(name));
            assertThat(rows(matrix, "putNamingBucketKey")).as(name).singleElement()
                    .satisfies(r -> assertThat(r.actual().decision()).isEqualTo(Decision.ALLOW));
            assertThat(rows(matrix, "putNamingOtherKey")).as(name).singleElement().satisfies(r -> {
                assertThat(r.actual().decision()).isEqualTo(Decision.EXPLICIT_DENY);
                assertThat(r.actual().statements()).extracting(DecidingStatement::label)
                        .containsExactly("bucket-policy.json#DenyOtherKmsKeys");
            });
            assertThat(rows(matrix, "putSseS3")).as(name).singleElement().satisfies(r -> assertThat(r.actual().statements())
                    .extracting(DecidingStatement::label).containsExactly("bucket-policy.json#DenyEncryptionOtherThanKms"));
            assertThat(rows(matrix, "kmsNotViaS3")).as(name).singleElement().satisfies(r -> {
                assertThat(r.request().context().has("kms:ViaService")).isFalse();
                assertThat(r.actual().decision()).isEqualTo(Decision.IMPLICIT_DENY);
            });
            assertThat(rows(matrix, "put")).as("a put without encryption headers").isNotEmpty()
                    .allSatisfy(r -> assertThat(r.actual().decision()).isEqualTo(Decision.ALLOW));
            assertThat(matrix.rows()).as(name).allMatch(AccessRow::matches);
        }
        assertThat(rows(matrix(TestDesigns.load("ecs-only")), "putNamingOtherKey")).as("no KMS, no such row").isEmpty();
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
    void aWriterInTheBucketOwnersAccountGetsTheSameAccountOutcomesAndNoError() {
        Design example = DesignFiles.example();
        Design sameAccount = example.withWriters(List.of(example.writers().get(0).withAccountId("222222222222")));
        AccessMatrix matrix = matrix(sameAccount);
        assertThat(matrix.allMatch()).as(describeMismatches(matrix)).isTrue();
        assertThat(matrix.findings()).isEmpty();
        assertThat(rows(matrix, "put")).singleElement()
                .satisfies(r -> assertThat(r.actual().reason()).isEqualTo(Reason.SAME_ACCOUNT_ALLOW));
        assertThat(rows(matrix, "foreignOrganization")).as("a role of the owner's account is in the owner's organization").isEmpty();
        assertThat(rows(matrix, "otherRole")).isEmpty();
        assertThat(rows(matrix, "otherRoleOfOwner")).singleElement().satisfies(r -> {
            assertThat(r.expected()).isEqualTo(Expectation.ALLOWED);
            assertThat(r.actual().reason()).as("inside one account the identity policy alone allows")
                    .isEqualTo(Reason.SAME_ACCOUNT_ALLOW);
            assertThat(r.actual().statements()).extracting(DecidingStatement::sid).containsExactly("AssumedToAllowEverything");
        });
    }

    @Test
    void aRoleOfTheKeysAccountUsesAKeyWhosePolicyLetsThatAccountDecide() {
        Design managed = TestDesigns.load("kms-managed-key");
        Design sameAccount = managed.withWriters(List.of(managed.writers().get(0).withAccountId("222222222222")));
        AccessMatrix matrix = matrix(sameAccount);
        assertThat(matrix.findings()).as(describeMismatches(matrix)).isEmpty();
        assertThat(rows(matrix, "otherRoleOfOwnerKms")).singleElement()
                .satisfies(r -> assertThat(r.actual().statements()).extracting(DecidingStatement::sid)
                        .contains("EnableIamPoliciesOfOwnerAccount"));
        assertThat(rows(matrix(managed), "otherRoleKms")).singleElement()
                .satisfies(r -> assertThat(r.expected()).isEqualTo(Expectation.DENIED));
    }

    @Test
    void underBucketOwnerPreferredPartsAndCompletionAreDeniedAndEachIsAnError() {
        AccessMatrix matrix = matrix(TestDesigns.load(MULTIPART_FAILS));
        assertThat(rows(matrix, "createUploadWithAcl")).singleElement()
                .satisfies(r -> assertThat(r.actual().decision()).isEqualTo(Decision.ALLOW));
        assertThat(rows(matrix, "createUploadWithoutAcl")).singleElement()
                .satisfies(r -> assertThat(r.expected()).isEqualTo(Expectation.DENIED))
                .satisfies(r -> assertThat(r.request().context().has(WriterActions.ACL_KEY)).isFalse());
        assertThat(matrix.mismatches()).extracting(r -> r.description().key())
                .containsExactly("access.row.uploadPart", "access.row.completeUpload");
        AccessRow part = matrix.mismatches().get(0);
        assertThat(part.request().context().has(WriterActions.ACL_KEY)).as("UploadPart carries no ACL header").isFalse();
        int row = matrix.rows().indexOf(part);
        assertThat(matrix.findings()).hasSize(2);
        Finding finding = matrix.findings().get(0);
        assertThat(finding.code()).isEqualTo("S3G-900");
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.location().text()).isEqualTo("access-matrix#" + (row + 1));
        assertThat(finding.docUrl()).isEqualTo(
                "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html");
        assertThat(finding.message().key()).isEqualTo("findings.access.mismatch");
        assertThat(finding.message().args()).containsExactly(row + 1,
                "arn:aws:sts::111111111111:assumed-role/ecs-cross-account-s3-role/s3grant-check", "s3:PutObject",
                "arn:aws:s3:::central-ingest-222222222222/incoming/s3grant-check.txt", "ALLOWED", "IMPLICIT_DENY",
                "A-role-policy.json#AllowPutObjects");
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
