package dev.s3grant.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.model.Design;
import dev.s3grant.model.ExistingPolicies;
import dev.s3grant.testing.TestDesigns;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyMergeTest {

    private static final Design ECS = TestDesigns.load("ecs-only");
    private static final Statement LOGS = Statement.of("LogDelivery", Effect.Allow,
            Principal.service(List.of("logging.s3.amazonaws.com")), List.of("s3:PutObject"),
            List.of("arn:aws:s3:::central-ingest-222222222222/logs/*"), List.of());
    private static final Statement NO_SID = Statement.of("", Effect.Deny, Principal.any(), List.of("s3:DeleteBucket"),
            List.of("arn:aws:s3:::central-ingest-222222222222"), List.of());

    private static Design withExisting(Design design, Statement... statements) {
        return design.withExisting(ExistingPolicies.none().withBucketPolicy(
                PolicyJson.write(PolicyDocument.of(List.of(statements)))));
    }

    @Test
    void theMergedPolicyIsTheExistingStatementsThenTheDesigners() {
        PolicyDocument ours = BucketPolicyGenerator.generate(ECS);
        MergedPolicy merged = ExistingMerge.bucket(withExisting(ECS, LOGS, NO_SID));

        assertThat(merged.document().statements().subList(0, 2)).containsExactly(LOGS, NO_SID);
        assertThat(merged.document().statements().subList(2, merged.document().statements().size()))
                .isEqualTo(ours.statements());
        assertThat(merged.kept()).containsExactly(LOGS, NO_SID);
        assertThat(merged.replaced()).isEmpty();
    }

    @Test
    void mergingTheMergedPolicyAgainGivesTheSameBytes() {
        Design once = withExisting(ECS, LOGS, NO_SID);
        String first = PolicyGenerator.generate(once).bucketPolicy().text();
        Design twice = once.withExisting(once.existing().withBucketPolicy(first));

        assertThat(PolicyGenerator.generate(twice).bucketPolicy().text()).isEqualTo(first);
        assertThat(ExistingMerge.bucket(twice).replaced()).isEmpty();
    }

    @Test
    void aChangedDesignReplacesOnlyItsOwnStatements() {
        String merged = PolicyGenerator.generate(withExisting(ECS, LOGS)).bucketPolicy().text();
        Design renamed = ECS.withWriters(List.of(ECS.writers().get(0).withAlias("C")))
                .withExisting(ExistingPolicies.none().withBucketPolicy(merged));

        PolicyDocument document = ExistingMerge.bucket(renamed).document();

        assertThat(document.statements()).extracting(Statement::sid)
                .containsExactly("LogDelivery", "AllowPutFromC", "DenyInsecureTransport");
        assertThat(ExistingMerge.bucket(renamed).replaced()).extracting(Statement::sid).containsExactly("AllowPutFromA");
    }

    @Test
    void anExistingStatementWithOneOfOurSidsGivesWayAndIsReportedWhenItDiffers() {
        Statement handWritten = Statement.of(Sids.DENY_INSECURE_TRANSPORT, Effect.Deny, Principal.any(), List.of("s3:PutObject"),
                List.of("arn:aws:s3:::central-ingest-222222222222/*"), List.of());
        MergedPolicy merged = ExistingMerge.bucket(withExisting(ECS, handWritten));

        assertThat(merged.document().statements()).extracting(Statement::sid).containsOnlyOnce(Sids.DENY_INSECURE_TRANSPORT);
        assertThat(merged.document().statement(Sids.DENY_INSECURE_TRANSPORT).orElseThrow().actions()).containsExactly("s3:*");
        assertThat(merged.replaced()).containsExactly(handWritten);
    }

    @Test
    void statementsEqualInMeaningAreFoundWhateverTheirSids() {
        Statement again = new Statement("LogDeliveryAgain", LOGS.effect(), LOGS.principal(), null, LOGS.actions(),
                List.of(), LOGS.resources(), List.of(), LOGS.conditions());
        PolicyDocument document = PolicyDocument.of(List.of(LOGS, NO_SID, again));

        assertThat(PolicyMerge.equalInMeaning(document)).containsExactly(new int[] {0, 2});
    }

    @Test
    void theKeyPolicyOfAnExistingKeyIsMergedAndAManagedKeyKeepsItsOwn() {
        Design kms = TestDesigns.load("kms-existing-key");
        Statement admin = Statement.of("Enable IAM User Permissions", Effect.Allow,
                Principal.aws("arn:aws:iam::222222222222:root"), List.of("kms:*"), List.of("*"), List.of());
        Design merged = kms.withExisting(ExistingPolicies.none().withKeyPolicy(PolicyJson.write(PolicyDocument.of(List.of(admin)))));

        assertThat(PolicyGenerator.generate(merged).keyPolicy().orElseThrow().document().statements())
                .extracting(Statement::sid).containsExactly("Enable IAM User Permissions", "AllowKeyUseFromA");

        Design managed = TestDesigns.load("kms-managed-key").withExisting(merged.existing());
        assertThat(PolicyGenerator.generate(managed).keyPolicy()).map(PolicyFile::document)
                .contains(KeyPolicyGenerator.generate(managed));
    }
}
