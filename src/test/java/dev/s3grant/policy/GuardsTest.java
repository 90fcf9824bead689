package dev.s3grant.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.model.Design;
import dev.s3grant.model.Partition;
import dev.s3grant.testing.TestDesigns;
import org.junit.jupiter.api.Test;

/** The guards the documentation offers (issue 14 §3): resource account, KMS via S3, the bucket's key only. */
class GuardsTest {

    private static final String OWNER = "222222222222";
    private static final String KEY = "arn:aws:kms:ap-northeast-1:222222222222:key/1234abcd-12ab-34cd-56ef-1234567890ab";

    private static Statement statement(PolicyFile file, String sid) {
        return file.document().statement(sid).orElseThrow(() -> new AssertionError("no statement " + sid + " in\n" + file.text()));
    }

    private static PolicyFile rolePolicy(Design design) {
        return PolicyGenerator.generate(design).writers().get(0).rolePolicy();
    }

    @Test
    void rolePolicyPinsTheBucketOwnersAccountEvenWithoutAnOrganization() {
        Statement put = statement(rolePolicy(TestDesigns.load("no-organization")), Sids.ALLOW_PUT_OBJECTS);
        assertThat(put.conditions()).containsExactly(Condition.of("StringEquals", "aws:ResourceAccount", OWNER));
    }

    @Test
    void withTheOrganizationGuardBothTheAccountAndTheOrganizationArePinnedOnEveryStatement() {
        PolicyFile role = rolePolicy(TestDesigns.load("kms-existing-key"));
        for (String sid : new String[] {Sids.ALLOW_PUT_OBJECTS, Sids.ALLOW_USE_OF_KEY}) {
            assertThat(statement(role, sid).conditions()).as(sid).contains(
                    Condition.of("StringEquals", "aws:ResourceAccount", OWNER),
                    Condition.of("StringEquals", "aws:ResourceOrgID", "o-a1b2c3d4e5"));
        }
    }

    @Test
    void theKeyStatementPinsTheAccountInTheKeysArn() {
        Design d = TestDesigns.load("kms-existing-key");
        String central = "arn:aws:kms:ap-northeast-1:333333333333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
        d = d.withBucket(d.bucket().withEncryption(d.bucket().encryption().withKmsKeyArn(central)));
        PolicyFile role = rolePolicy(d);
        assertThat(statement(role, Sids.ALLOW_USE_OF_KEY).conditions())
                .contains(Condition.of("StringEquals", "aws:ResourceAccount", "333333333333"));
        assertThat(statement(role, Sids.ALLOW_PUT_OBJECTS).conditions())
                .contains(Condition.of("StringEquals", "aws:ResourceAccount", OWNER));
    }

    @Test
    void aCreatedKeyIsNamedByItsAliasNotByAnyKeyOfTheAccount() {
        Design d = TestDesigns.load("kms-managed-key");
        d = d.withBucket(d.bucket().withName("central.ingest.example"));
        Statement key = statement(rolePolicy(d), Sids.ALLOW_USE_OF_KEY);
        assertThat(key.resources()).containsExactly("arn:aws:kms:ap-northeast-1:222222222222:key/*");
        assertThat(key.conditions()).contains(
                Condition.of("ForAnyValue:StringEquals", "kms:ResourceAliases", "alias/central-ingest-example"));
    }

    @Test
    void anExistingKeyIsNamedByItsArnWithoutAnAliasCondition() {
        Statement key = statement(rolePolicy(TestDesigns.load("kms-existing-key")), Sids.ALLOW_USE_OF_KEY);
        assertThat(key.resources()).containsExactly(KEY);
        assertThat(key.conditions()).extracting(Condition::key).doesNotContain("kms:ResourceAliases");
    }

    @Test
    void keyPolicyAdmitsTheWriterOnlyThroughS3AndFromItsOwnAccount() {
        Statement use = statement(PolicyGenerator.generate(TestDesigns.load("kms-existing-key")).keyPolicy().orElseThrow(),
                "AllowKeyUseFromA");
        assertThat(use.conditions()).contains(
                Condition.of("StringEquals", "kms:ViaService", "s3.ap-northeast-1.amazonaws.com"),
                Condition.of("StringEquals", "kms:CallerAccount", "111111111111"));
    }

    @Test
    void inTheChinaRegionsS3IsReachedUnderAmazonawsComCn() {
        Design d = TestDesigns.load("kms-existing-key").withPartition(Partition.AWS_CN).withRegion("cn-north-1");
        assertThat(BucketKmsKey.s3ViaService(d)).isEqualTo("s3.cn-north-1.amazonaws.com.cn");
    }

    @Test
    void underSseKmsTheBucketPolicyDeniesAnotherKeyOnlyWhenThePutNamesOne() {
        PolicyFile bucket = PolicyGenerator.generate(TestDesigns.load("kms-existing-key")).bucketPolicy();
        Statement deny = statement(bucket, Sids.DENY_OTHER_KMS_KEYS);
        assertThat(deny.effect()).isEqualTo(Effect.Deny);
        assertThat(deny.principal().wildcard()).isTrue();
        assertThat(deny.actions()).containsExactly("s3:PutObject");
        assertThat(deny.conditions()).containsExactly(
                Condition.of("Null", "s3:x-amz-server-side-encryption-aws-kms-key-id", "false"),
                Condition.of("StringNotEquals", "s3:x-amz-server-side-encryption-aws-kms-key-id", KEY));
        assertThat(statement(bucket, Sids.DENY_OTHER_ENCRYPTION).conditions()).containsExactly(
                Condition.of("Null", "s3:x-amz-server-side-encryption", "false"),
                Condition.of("StringNotEquals", "s3:x-amz-server-side-encryption", "aws:kms"));
        assertThat(bucket.text()).doesNotContain("IfExists");
    }

    @Test
    void aCreatedKeyIsMatchedInTheDenyByTheOwnersKeysInTheRegion() {
        Statement deny = statement(PolicyGenerator.generate(TestDesigns.load("kms-managed-key")).bucketPolicy(),
                Sids.DENY_OTHER_KMS_KEYS);
        assertThat(deny.conditions()).contains(Condition.of("StringNotLike",
                "s3:x-amz-server-side-encryption-aws-kms-key-id", "arn:aws:kms:ap-northeast-1:222222222222:key/*"));
    }

    @Test
    void underSseS3TheBucketPolicyHasNoEncryptionDeny() {
        PolicyDocument bucket = PolicyGenerator.generate(TestDesigns.load("ecs-only")).bucketPolicy().document();
        assertThat(bucket.statements()).extracting(Statement::sid).containsExactly("AllowPutFromA", "DenyInsecureTransport");
    }
}
