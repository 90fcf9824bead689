package dev.s3grant.analysis.findings;

import static dev.s3grant.analysis.findings.Validation.EXAMPLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.s3grant.analysis.Finding;
import dev.s3grant.analysis.Severity;
import dev.s3grant.model.PrincipalStyle;
import java.util.List;
import org.junit.jupiter.api.Test;

class DesignValidatorTest {

    @Test
    void builtInExampleRaisesNoErrorAndNoSecurityWarning() {
        assertThat(Validation.validate(EXAMPLE))
                .extracting(Finding::severity)
                .doesNotContain(Severity.ERROR, Severity.SECURITY_WARNING);
    }

    @Test
    void builtInExampleRaisesNothingAtAll() {
        assertThat(Validation.validate(EXAMPLE)).isEmpty();
    }

    @Test
    void findingsComeMostSevereFirstThenByCodeThenByLocation() {
        var design = Validation.withMoreWriters(
                        w -> w.withAlias("A2").withAccountId("33"),
                        w -> w.withAlias("A3").withAccountId("222222222222"))
                .withOrganizationId("")
                .withOptions(EXAMPLE.options().withOrgGuard(false).withPrincipalStyle(PrincipalStyle.ROLE_ARN))
                .withBucketOwner(EXAMPLE.bucketOwner().withAccountId("2"));

        assertThat(Validation.validate(design))
                .extracting(Finding::severity, Finding::code, f -> f.location().text())
                .containsExactly(
                        tuple(Severity.ERROR, "S3G-001", "bucketOwner.accountId"),
                        tuple(Severity.ERROR, "S3G-001", "writers[1].accountId"),
                        tuple(Severity.SECURITY_WARNING, "S3G-007", "options.orgGuard"),
                        tuple(Severity.WARNING, "S3G-043", "options.principalStyle"),
                        tuple(Severity.SUGGESTION, "S3G-006", "organizationId"));
    }

    @Test
    void writerThatEqualsTheOwnerIsOnlyJudgedWhenBothAccountIdsAreValid() {
        var design = Validation.withWriter(w -> w.withAccountId("2"))
                .withBucketOwner(EXAMPLE.bucketOwner().withAccountId("2"));

        assertThat(Validation.validate(design)).extracting(Finding::code).containsExactly("S3G-001", "S3G-001");
    }

    @Test
    void findingsCarryTheRuleOfTheirCode() {
        var design = Validation.withBucket(b -> b.withName("Bad_Name").withKeyPrefixes(List.of("a", "a/b")));

        assertThat(Validation.validate(design)).isNotEmpty().allSatisfy(f -> {
            Rule rule = RuleCatalog.find(f.code()).orElseThrow();
            assertThat(f.severity()).isEqualTo(rule.severity());
            assertThat(f.message().key()).isEqualTo(rule.messageKey());
            assertThat(f.docUrl()).isEqualTo(rule.docUrl());
        });
    }
}
