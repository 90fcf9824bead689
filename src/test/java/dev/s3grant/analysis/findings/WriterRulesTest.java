package dev.s3grant.analysis.findings;

import static dev.s3grant.analysis.findings.Validation.EXAMPLE;
import static dev.s3grant.analysis.findings.Validation.findings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.s3grant.analysis.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WriterRulesTest {

    @Test
    void designWithoutWritersIsAnError() {
        assertThat(findings(EXAMPLE.withWriters(List.of()), WriterRules.NO_WRITERS))
                .extracting(f -> f.location().text()).containsExactly("writers");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "team a", "team.a", "チームA", "a23456789012345678901234567890123"})
    void aliasOutsideTheAllowedCharactersIsAnError(String alias) {
        assertThat(findings(Validation.withWriter(w -> w.withAlias(alias)), WriterRules.INVALID_ALIAS))
                .extracting(f -> f.location().text(), f -> f.message().args())
                .containsExactly(tuple("writers[0].alias", List.of(alias)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"A", "team-a", "team_a", "A1", "a2345678901234567890123456789012"})
    void aliasOfLettersDigitsHyphensAndUnderscoresIsValid(String alias) {
        assertThat(findings(Validation.withWriter(w -> w.withAlias(alias)), WriterRules.INVALID_ALIAS)).isEmpty();
    }

    @Test
    void writerAliasEqualToTheOwnerAliasIsADuplicate() {
        var design = Validation.withWriter(w -> w.withAlias("B"));

        assertThat(findings(design, WriterRules.DUPLICATE_ALIAS))
                .extracting(f -> f.location().text(), f -> f.message().args())
                .containsExactly(tuple("writers[0].alias", List.of("B", "bucketOwner.alias")));
    }

    @Test
    void twoWritersWithOneAliasAreADuplicateReportedAtTheLaterOne() {
        var design = Validation.withMoreWriters(w -> w.withAccountId("333333333333"));

        assertThat(findings(design, WriterRules.DUPLICATE_ALIAS))
                .extracting(f -> f.location().text(), f -> f.message().args())
                .containsExactly(tuple("writers[1].alias", List.of("A", "writers[0].alias")));
        assertThat(findings(design, WriterRules.SAME_TERRAFORM_NAME)).isEmpty();
    }

    @Test
    void aliasesThatDifferOnlyInCaseGiveTheSameTerraformName() {
        var design = Validation.withMoreWriters(w -> w.withAlias("a").withAccountId("333333333333"));

        assertThat(findings(design, WriterRules.SAME_TERRAFORM_NAME))
                .extracting(f -> f.location().text(), f -> f.message().args())
                .containsExactly(tuple("writers[1].alias", List.of("a", "A", "writers[0].alias", "a")));
        assertThat(findings(design, WriterRules.DUPLICATE_ALIAS)).isEmpty();
    }

    @Test
    void hyphenAndUnderscoreGiveTheSameTerraformName() {
        var design = Validation.withMoreWriters(
                w -> w.withAlias("team-a").withAccountId("333333333333"),
                w -> w.withAlias("team_a").withAccountId("444444444444"));

        assertThat(findings(design, WriterRules.SAME_TERRAFORM_NAME))
                .extracting(f -> f.location().text(), f -> f.message().args())
                .containsExactly(tuple("writers[2].alias", List.of("team_a", "team-a", "writers[1].alias", "team_a")));
    }

    @Test
    void ownerAliasCollidesWithAWriterAliasInTerraform() {
        var design = EXAMPLE.withBucketOwner(EXAMPLE.bucketOwner().withAlias("a"));

        assertThat(findings(design, WriterRules.SAME_TERRAFORM_NAME))
                .extracting(f -> f.location().text()).containsExactly("writers[0].alias");
    }

    @Test
    void aliasesThatDropToTheSameSidAreAnError() {
        var design = Validation.withMoreWriters(w -> w.withAlias("A-").withAccountId("333333333333"));

        assertThat(findings(design, WriterRules.SAME_SID))
                .extracting(f -> f.location().text(), f -> f.message().args())
                .containsExactly(tuple("writers[1].alias", List.of("A-", "A", "writers[0].alias", "AllowPutFromA")));
    }

    @Test
    void ownerAliasNeverCollidesInSidsBecauseItNamesNoStatement() {
        var design = EXAMPLE.withBucketOwner(EXAMPLE.bucketOwner().withAlias("A-"));

        assertThat(findings(design, WriterRules.SAME_SID)).isEmpty();
    }

    @Test
    void twoWritersWithTheSameAccountAndRoleAreAnError() {
        var design = Validation.withMoreWriters(w -> w.withAlias("A2").withRolePath("/other/"));

        assertThat(findings(design, WriterRules.DUPLICATE_ROLE))
                .extracting(f -> f.location().text(), f -> f.message().args())
                .containsExactly(tuple("writers[1].roleName",
                        List.of("ecs-cross-account-s3-role", "111111111111", "writers[0].roleName")));
    }

    @Test
    void sameRoleNameInAnotherAccountIsFine() {
        var design = Validation.withMoreWriters(w -> w.withAlias("A2").withAccountId("333333333333"));

        assertThat(findings(design, WriterRules.DUPLICATE_ROLE)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"provider.aws.a", "aws.a.b", "aws.", "\"aws\"", "aws a", "${aws}", "1aws"})
    void malformedProviderReferenceIsAnError(String provider) {
        assertThat(findings(Validation.withWriter(w -> w.withTerraformProvider(provider)), WriterRules.INVALID_PROVIDER))
                .extracting(f -> f.location().text(), f -> f.message().args())
                .containsExactly(tuple("writers[0].terraformProvider", List.of(provider)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "aws", "aws.account_a", "aws.account-b", "aws.A1"})
    void emptyOrProviderReferenceIsValid(String provider) {
        var design = EXAMPLE.withBucketOwner(EXAMPLE.bucketOwner().withTerraformProvider(provider));

        assertThat(findings(design, WriterRules.INVALID_PROVIDER)).isEmpty();
    }

    @Test
    void bucketOwnerProviderIsCheckedToo() {
        var design = EXAMPLE.withBucketOwner(EXAMPLE.bucketOwner().withTerraformProvider("aws.b.c"));

        assertThat(findings(design, WriterRules.INVALID_PROVIDER))
                .extracting(f -> f.location().text()).containsExactly("bucketOwner.terraformProvider");
    }
}
