package dev.s3grant.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.model.Design;
import dev.s3grant.model.ObjectOwnership;
import dev.s3grant.model.PrincipalMode;
import dev.s3grant.model.PrincipalStyle;
import dev.s3grant.model.Principals;
import dev.s3grant.testing.TestDesigns;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyGeneratorTest {

    private final Design example = TestDesigns.load("ecs-only");

    private static Statement statement(PolicyFile file, String sid) {
        return file.document().statement(sid).orElseThrow(() -> new AssertionError("no statement " + sid + " in\n" + file.text()));
    }

    @Test
    void bucketPolicyOmitsAclActionAndConditionWhenAclsAreDisabled() {
        PolicyFile bucket = PolicyGenerator.generate(example).bucketPolicy();
        assertThat(statement(bucket, "AllowPutFromA").actions()).containsExactly("s3:AbortMultipartUpload", "s3:PutObject");
        assertThat(bucket.text()).doesNotContain("x-amz-acl");
    }

    @Test
    void bucketOwnerPreferredRequiresFullControlAndGrantsPutObjectAcl() {
        Design d = example.withBucket(example.bucket().withObjectOwnership(ObjectOwnership.BucketOwnerPreferred));
        GeneratedPolicies p = PolicyGenerator.generate(d);
        Statement put = statement(p.bucketPolicy(), "AllowPutFromA");
        assertThat(put.actions()).containsExactly("s3:PutObject", "s3:PutObjectAcl");
        assertThat(put.conditions()).contains(Condition.of("StringEquals", "s3:x-amz-acl", "bucket-owner-full-control"));
        Statement cleanup = statement(p.bucketPolicy(), "AllowUploadCleanupFromA");
        assertThat(cleanup.actions()).containsExactly("s3:AbortMultipartUpload");
        assertThat(cleanup.conditions()).noneMatch(c -> c.key().equals("s3:x-amz-acl"));
        assertThat(statement(p.writers().get(0).rolePolicy(), "AllowPutObjects").actions()).contains("s3:PutObjectAcl");
    }

    @Test
    void defaultPrincipalStyleIsTheAccountPinnedByPrincipalArn() {
        Statement put = statement(PolicyGenerator.generate(example).bucketPolicy(), "AllowPutFromA");
        assertThat(put.principal().aws()).containsExactly("arn:aws:iam::111111111111:root");
        assertThat(put.conditions()).contains(
                Condition.of("ArnEquals", "aws:PrincipalArn", "arn:aws:iam::111111111111:role/ecs-cross-account-s3-role"),
                Condition.of("StringEquals", "aws:PrincipalOrgID", "o-a1b2c3d4e5"));
    }

    @Test
    void roleArnStyleNamesTheRoleAsPrincipalWithoutPrincipalArnCondition() {
        Design d = example.withOptions(example.options().withPrincipalStyle(PrincipalStyle.ROLE_ARN));
        Statement put = statement(PolicyGenerator.generate(d).bucketPolicy(), "AllowPutFromA");
        assertThat(put.principal().aws()).containsExactly("arn:aws:iam::111111111111:role/ecs-cross-account-s3-role");
        assertThat(put.conditions()).extracting(Condition::key).containsExactly("aws:PrincipalOrgID");
    }

    @Test
    void lambdaGetsNoConfusedDeputyConditionWhileEcsKeepsIts() {
        Design d = example.withWriters(List.of(example.writers().get(0).withPrincipals(
                new Principals(PrincipalMode.SERVICES, List.of("lambda.amazonaws.com", "ecs-tasks.amazonaws.com")))));
        PolicyFile trust = PolicyGenerator.generate(d).writers().get(0).trustPolicy();
        assertThat(statement(trust, "TrustServicesWithoutSourceKeys").principal().services()).containsExactly("lambda.amazonaws.com");
        assertThat(statement(trust, "TrustServicesWithoutSourceKeys").conditions()).isEmpty();
        assertThat(statement(trust, "TrustEcs").conditions()).containsExactly(
                Condition.of("ArnLike", "aws:SourceArn", "arn:aws:ecs:ap-northeast-1:111111111111:*"),
                Condition.of("StringEquals", "aws:SourceAccount", "111111111111"));
    }

    @Test
    void everyTrustStatementHasExactlyOneServiceKey() {
        Design d = TestDesigns.load("services-list");
        for (Statement s : PolicyGenerator.generate(d).writers().get(0).trustPolicy().document().statements()) {
            assertThat(s.principal().values().keySet()).containsExactly("Service");
        }
    }

    @Test
    void withoutConfusedDeputyGuardAllServicesShareOneStatement() {
        Design d = TestDesigns.load("services-list");
        d = d.withOptions(d.options().withConfusedDeputyGuard(false));
        PolicyDocument trust = PolicyGenerator.generate(d).writers().get(0).trustPolicy().document();
        assertThat(trust.statements()).hasSize(1);
        assertThat(trust.statements().get(0).principal().services()).containsExactly(
                "ecs-tasks.amazonaws.com", "glue.amazonaws.com", "lambda.amazonaws.com", "states.amazonaws.com");
        assertThat(trust.statements().get(0).conditions()).isEmpty();
    }

    @Test
    void firehoseIsGuardedByExternalIdAndEmrServerlessBySourceAccountAsTheirPagesShow() {
        Design d = example.withWriters(List.of(example.writers().get(0).withPrincipals(new Principals(
                PrincipalMode.SERVICES, List.of("firehose.amazonaws.com", "emr-serverless.amazonaws.com")))));
        PolicyFile trust = PolicyGenerator.generate(d).writers().get(0).trustPolicy();
        assertThat(statement(trust, "TrustFirehose").conditions()).containsExactly(
                Condition.of("StringEquals", "sts:ExternalId", "111111111111"));
        assertThat(statement(trust, "TrustEmrServerless").conditions()).containsExactly(
                Condition.of("StringEquals", "aws:SourceAccount", "111111111111"));
    }

    @Test
    void codebuildGetsNoConditionBecauseItsServiceRolePageShowsNone() {
        Design d = example.withWriters(List.of(example.writers().get(0).withPrincipals(
                new Principals(PrincipalMode.SERVICES, List.of("codebuild.amazonaws.com")))));
        PolicyFile trust = PolicyGenerator.generate(d).writers().get(0).trustPolicy();
        assertThat(trust.document().statements()).singleElement().satisfies(s -> {
            assertThat(s.sid()).isEqualTo("TrustServicesWithoutSourceKeys");
            assertThat(s.conditions()).isEmpty();
        });
    }

    @Test
    void schedulerIsGuardedBySourceAccountAndItsScheduleGroups() {
        Design d = example.withWriters(List.of(example.writers().get(0).withPrincipals(
                new Principals(PrincipalMode.SERVICES, List.of("scheduler.amazonaws.com")))));
        PolicyFile trust = PolicyGenerator.generate(d).writers().get(0).trustPolicy();
        assertThat(statement(trust, "TrustScheduler").conditions()).containsExactlyInAnyOrder(
                Condition.of("StringEquals", "aws:SourceAccount", "111111111111"),
                Condition.of("ArnLike", "aws:SourceArn", "arn:aws:scheduler:ap-northeast-1:111111111111:schedule-group/*"));
    }

    @Test
    void aChinaSuffixedPrincipalIsTrustedInItsAmazonawsComFormWithTheEntrysGuards() {
        Design d = example.withWriters(List.of(example.writers().get(0).withPrincipals(new Principals(
                PrincipalMode.SERVICES, List.of("ecs-tasks.amazonaws.com.cn", "ecs-tasks.amazonaws.com")))));
        PolicyFile trust = PolicyGenerator.generate(d).writers().get(0).trustPolicy();
        assertThat(trust.text()).doesNotContain(".amazonaws.com.cn");
        assertThat(trust.document().statements()).singleElement().satisfies(s -> {
            assertThat(s.sid()).isEqualTo("TrustEcs");
            assertThat(s.principal().services()).containsExactly("ecs-tasks.amazonaws.com");
            assertThat(s.conditions()).extracting(Condition::key).containsExactlyInAnyOrder("aws:SourceAccount", "aws:SourceArn");
        });
    }

    @Test
    void firehoseGetsItsDocumentedActionsOnTheBucketAndTheObjectsOnBothSides() {
        Design d = example.withWriters(List.of(example.writers().get(0).withAllowAbortMultipartUpload(false)
                .withPrincipals(new Principals(PrincipalMode.SERVICES, List.of("firehose.amazonaws.com")))));
        GeneratedPolicies p = PolicyGenerator.generate(d);
        PolicyFile role = p.writers().get(0).rolePolicy();
        String bucket = "arn:aws:s3:::central-ingest-222222222222";
        assertThat(statement(role, "AllowServiceBucketActions").actions())
                .containsExactly("s3:GetBucketLocation", "s3:ListBucket", "s3:ListBucketMultipartUploads");
        assertThat(statement(role, "AllowServiceBucketActions").resources()).containsExactly(bucket);
        assertThat(statement(role, "AllowServiceObjectActions").actions())
                .containsExactly("s3:AbortMultipartUpload", "s3:GetObject");
        assertThat(statement(role, "AllowServiceObjectActions").resources()).containsExactly(bucket + "/incoming/*");
        assertThat(statement(p.bucketPolicy(), "AllowServiceBucketActionsFromA").actions())
                .containsExactly("s3:GetBucketLocation", "s3:ListBucket", "s3:ListBucketMultipartUploads");
        assertThat(statement(p.bucketPolicy(), "AllowServiceBucketActionsFromA").resources()).containsExactly(bucket);
        assertThat(statement(p.bucketPolicy(), "AllowServiceObjectActionsFromA").actions())
                .containsExactly("s3:AbortMultipartUpload", "s3:GetObject");
    }

    @Test
    void aWriterWithoutFirehoseGetsNoServiceActions() {
        GeneratedPolicies p = PolicyGenerator.generate(TestDesigns.load("services-list"));
        assertThat(p.all()).allSatisfy(f -> assertThat(f.text()).doesNotContain("AllowService")
                .doesNotContain("s3:ListBucket").doesNotContain("s3:GetObject"));
    }

    @Test
    void withoutOrganizationNoOrgConditionsAppear() {
        GeneratedPolicies p = PolicyGenerator.generate(TestDesigns.load("no-organization"));
        assertThat(p.all()).allSatisfy(f -> assertThat(f.text()).doesNotContain("OrgID"));
    }

    @Test
    void awsCnPartitionIsUsedInEveryArn() {
        GeneratedPolicies p = PolicyGenerator.generate(TestDesigns.load("aws-cn"));
        assertThat(p.all()).allSatisfy(f -> assertThat(f.text()).doesNotContain("arn:aws:").contains("arn:aws-cn:"));
    }

    @Test
    void rolePathAppearsInTheRoleArn() {
        PolicyFile bucket = PolicyGenerator.generate(TestDesigns.load("three-writers")).bucketPolicy();
        assertThat(bucket.text()).contains("arn:aws:iam::111111111111:role/workloads/ingest/ingest-writer");
    }

    @Test
    void tlsDenyCoversTheBucketAndItsObjects() {
        Statement deny = statement(PolicyGenerator.generate(example).bucketPolicy(), "DenyInsecureTransport");
        assertThat(deny.resources()).containsExactly("arn:aws:s3:::central-ingest-222222222222",
                "arn:aws:s3:::central-ingest-222222222222/*");
        assertThat(deny.principal().wildcard()).isTrue();
        assertThat(deny.conditions()).containsExactly(Condition.of("Bool", "aws:SecureTransport", "false"));
    }

    @Test
    void kmsPermissionsAppearOnBothSidesForAnExistingKey() {
        GeneratedPolicies p = PolicyGenerator.generate(TestDesigns.load("kms-existing-key"));
        String key = "arn:aws:kms:ap-northeast-1:222222222222:key/1234abcd-12ab-34cd-56ef-1234567890ab";
        Statement role = statement(p.writers().get(0).rolePolicy(), "AllowUseOfBucketKmsKey");
        assertThat(role.actions()).containsExactly("kms:Decrypt", "kms:GenerateDataKey");
        assertThat(role.resources()).containsExactly(key);
        PolicyDocument keyPolicy = p.keyPolicy().orElseThrow().document();
        assertThat(keyPolicy.statements()).extracting(Statement::sid).containsExactly("AllowKeyUseFromA");
        assertThat(keyPolicy.statements().get(0).actions()).containsExactly("kms:Decrypt", "kms:GenerateDataKey");
    }

    @Test
    void aManagedKeyGetsTheFullKeyPolicyLedByTheOwnerAccount() {
        PolicyDocument keyPolicy = PolicyGenerator.generate(TestDesigns.load("kms-managed-key")).keyPolicy().orElseThrow().document();
        assertThat(keyPolicy.statements()).extracting(Statement::sid)
                .containsExactly("EnableIamPoliciesOfOwnerAccount", "AllowKeyUseFromA");
        assertThat(keyPolicy.statements().get(0).principal().aws()).containsExactly("arn:aws:iam::222222222222:root");
    }

    @Test
    void sizesAreCountedAsTheServiceCounts() {
        GeneratedPolicies p = PolicyGenerator.generate(example);
        PolicyFile bucket = p.bucketPolicy();
        assertThat(bucket.size().used()).isEqualTo(PolicyJson.writeMinified(bucket.document()).length());
        assertThat(bucket.size().limit()).isEqualTo(20_480);
        PolicyFile trust = p.writers().get(0).trustPolicy();
        assertThat(trust.size().used()).isEqualTo(trust.text().replaceAll("\\s", "").length());
        assertThat(trust.size().limit()).isEqualTo(2_048);
        assertThat(p.writers().get(0).rolePolicy().size().limit()).isEqualTo(10_240);
    }
}
