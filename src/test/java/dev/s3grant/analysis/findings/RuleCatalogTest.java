package dev.s3grant.analysis.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.analysis.Finding;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RuleCatalogTest {

    static Stream<Rule> rules() {
        return RuleCatalog.all().stream();
    }

    @Test
    void codesAreUniqueAndListedInOrder() {
        List<String> codes = RuleCatalog.all().stream().map(Rule::code).toList();
        assertThat(codes).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void messageKeysAreUnique() {
        assertThat(RuleCatalog.all().stream().map(Rule::messageKey).toList()).doesNotHaveDuplicates();
    }

    @Test
    void codesFromS3g900OnAreLeftToTheAccessCheck() {
        assertThat(RuleCatalog.all()).filteredOn(r -> r != AccessCheckRule.MISMATCH)
                .allSatisfy(r -> assertThat(r.code()).isLessThan("S3G-900"));
        assertThat(AccessCheckRule.MISMATCH.code()).isEqualTo("S3G-900");
    }

    @Test
    void everyRuleSetOwnsItsOwnCodes() {
        Set<String> seen = new HashSet<>();
        for (DesignRules set : RuleCatalog.ruleSets()) {
            for (Rule rule : set.rules()) {
                assertThat(seen.add(rule.code())).as("%s listed twice", rule.code()).isTrue();
            }
        }
        assertThat(seen.add(AccessCheckRule.MISMATCH.code())).isTrue();
        AdoptionRules.all().forEach(rule -> assertThat(seen.add(rule.code())).as("%s listed twice", rule.code()).isTrue());
        assertThat(seen).hasSize(RuleCatalog.all().size());
    }

    @Test
    void findLooksUpARuleByCode() {
        assertThat(RuleCatalog.find("S3G-001")).contains(AccountRules.INVALID_ACCOUNT_ID);
        assertThat(RuleCatalog.find("S3G-999")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void everyRuleLinksToAnHttpsDocumentationPage(Rule rule) {
        assertThat(rule.docUrl()).startsWith("https://");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void everyRuleFiresOnItsDocumentedExample(Rule rule) {
        List<Finding> findings = Validation.findings(Validation.exampleWith(rule.example()), rule);

        assertThat(findings).as("findings of %s for its example", rule.code()).isNotEmpty();
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(rule.severity());
            assertThat(f.message().key()).isEqualTo(rule.messageKey());
            assertThat(f.docUrl()).isEqualTo(rule.docUrl());
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void noRuleFiresOnTheBuiltInExample(Rule rule) {
        assertThat(Validation.findings(Validation.EXAMPLE, rule)).isEmpty();
    }
}
