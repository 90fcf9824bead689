package dev.s3grant.analysis.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.analysis.Finding;
import dev.s3grant.analysis.Severity;
import dev.s3grant.analysis.access.AccessMatrix;
import dev.s3grant.model.Design;
import dev.s3grant.model.ExistingPolicies;
import dev.s3grant.policy.GeneratedPolicies;
import dev.s3grant.policy.PolicyGenerator;
import dev.s3grant.testing.TestDesigns;
import java.util.List;
import org.junit.jupiter.api.Test;

class MergeRulesTest {

    private static final Design MERGED = TestDesigns.load("existing-policies");

    private static List<Finding> all(Design design) {
        GeneratedPolicies policies = PolicyGenerator.generate(design);
        return DesignValidator.validate(design, policies, AccessMatrix.of(design, policies));
    }

    @Test
    void anOutdatedStatementWithOurSidIsReportedAsReplaced() {
        assertThat(Validation.findings(MERGED, MergeRules.SID_REPLACED)).extracting(f -> f.location().text())
                .containsExactly("bucket-policy.json#AllowPutFromA");
    }

    @Test
    void theExistingPolicyIsMergedSoNoFindingSaysItIsReplaced() {
        assertThat(all(MERGED)).extracting(Finding::code).doesNotContain("S3G-072", "S3G-900");
        assertThat(all(MERGED.withExisting(ExistingPolicies.none()))).extracting(Finding::code).contains("S3G-072");
    }

    @Test
    void twoStatementsEqualInMeaningAreASuggestion() {
        Design design = Validation.exampleWith(MergeRules.EQUAL_STATEMENTS.example());
        assertThat(Validation.findings(design, MergeRules.EQUAL_STATEMENTS)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.SUGGESTION);
            assertThat(f.location().text()).isEqualTo("bucket-policy.json#LogDeliveryAgain");
            assertThat(f.message().args()).containsExactly("bucket-policy.json", "LogDelivery", "LogDeliveryAgain");
        });
    }

    @Test
    void aMergedPolicyOverTheLimitIsOneErrorThatCountsTheKeptStatements() {
        Design design = Validation.exampleWith(MergeRules.largeExistingPolicy(120));
        List<Finding> findings = all(design);
        assertThat(findings).extracting(Finding::code).contains("S3G-112").doesNotContain("S3G-090");
        Finding over = findings.stream().filter(f -> f.code().equals("S3G-112")).findFirst().orElseThrow();
        assertThat(over.severity()).isEqualTo(Severity.ERROR);
        assertThat(over.message().args().get(3)).isEqualTo(120);
        assertThat(Validation.findings(Validation.exampleWith(MergeRules.largeExistingPolicy(20)), MergeRules.MERGED_OVER_LIMIT))
                .isEmpty();
    }

    @Test
    void aForeignDenyThatBlocksTheWritesIsAnErrorNamingTheStatement() {
        String vpceOnly = """
                {"Version": "2012-10-17", "Statement": [{"Sid": "DenyOutsideVpce", "Effect": "Deny", "Principal": "*",
                 "Action": "s3:PutObject", "Resource": "arn:aws:s3:::existing-logs-222222222222/*",
                 "Condition": {"StringNotEquals": {"aws:SourceVpce": "vpce-1a2b3c4d"}}}]}""";
        Design design = MERGED.withExisting(MERGED.existing().withBucketPolicy(
                dev.s3grant.policy.PolicyJson.write(dev.s3grant.policy.PolicyJson.parse(vpceOnly))));

        List<Finding> denied = all(design).stream().filter(f -> f.code().equals(AccessMatrix.MISMATCH_CODE)).toList();

        assertThat(denied).isNotEmpty().allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message().args().get(6).toString()).contains("bucket-policy.json#DenyOutsideVpce");
        });
    }
}
