package dev.s3grant.analysis.findings;

import static dev.s3grant.analysis.findings.Validation.findings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.s3grant.analysis.Finding;
import dev.s3grant.analysis.Severity;
import dev.s3grant.model.Design;
import dev.s3grant.model.PrincipalStyle;
import dev.s3grant.model.TerraformStyle;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LiteralCharacterRulesTest {

    private static Design prefixes(String... prefixes) {
        return Validation.withBucket(b -> b.withKeyPrefixes(List.of(prefixes)));
    }

    private static Design rolePath(String path, PrincipalStyle style) {
        Design design = Validation.withWriter(w -> w.withRolePath(path));
        return design.withOptions(design.options().withPrincipalStyle(style));
    }

    private static Design policyDocumentStyle(Design design) {
        return design.withOptions(design.options().withTerraformStyle(TerraformStyle.POLICY_DOCUMENT));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "incoming/*|incoming/${*}",
            "incoming/?/|incoming/${?}/",
            "home/${aws:username}/|home/${$}{aws:username}/",
            "a*b?c$d/|a${*}b${?}c${$}d/"})
    void prefixThatLooksLikeAWildcardOrVariableIsUsableAndAWarningThatShowsHowItIsWritten(String prefix, String written) {
        List<Finding> all = Validation.validate(prefixes(prefix));

        assertThat(all).extracting(Finding::code).doesNotContain(KeyPrefixRules.INVALID.code());
        assertThat(findings(prefixes(prefix), LiteralCharacterRules.PREFIX_TAKEN_LITERALLY))
                .extracting(Finding::severity, f -> f.location().text(), f -> f.message().args())
                .containsExactly(tuple(Severity.WARNING, "bucket.keyPrefixes[0]", List.of(prefix, written)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"price$/", "a{b}/", "cost$100/"})
    void dollarWithoutABraceOrBracesAloneRaiseNothing(String prefix) {
        assertThat(Validation.validate(prefixes(prefix))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/team*/", "/team?/", "/price$/", "/a${b}/"})
    void rolePathWithWildcardOrDollarIsAnErrorWhenTheRoleArnIsThePrincipal(String path) {
        assertThat(findings(rolePath(path, PrincipalStyle.ROLE_ARN), LiteralCharacterRules.ROLE_PATH_IN_PRINCIPAL))
                .extracting(Finding::severity, f -> f.location().text(), f -> f.message().args())
                .containsExactly(tuple(Severity.ERROR, "writers[0].rolePath", List.of(path)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/team*/", "/team?/", "/price$/", "/a${b}/"})
    void rolePathWithWildcardOrDollarIsFineWhenAwsPrincipalArnCarriesIt(String path) {
        assertThat(Validation.validate(rolePath(path, PrincipalStyle.ACCOUNT_WITH_ROLE_CONDITION))).isEmpty();
    }

    @Test
    void ampersandBraceInAPrefixIsAnErrorInThePolicyDocumentStyleOnly() {
        Design design = prefixes("team&{a}/");

        assertThat(findings(policyDocumentStyle(design), LiteralCharacterRules.POLICY_DOCUMENT_VARIABLE_NOTATION))
                .extracting(Finding::severity, f -> f.location().text(), f -> f.message().args())
                .containsExactly(tuple(Severity.ERROR, "bucket.keyPrefixes[0]", List.of("team&{a}/", "&{", "${")));
        assertThat(Validation.validate(design)).isEmpty();
    }

    @Test
    void ampersandBraceInARolePathIsAnErrorInThePolicyDocumentStyleOnly() {
        Design design = rolePath("/team&{a}/", PrincipalStyle.ACCOUNT_WITH_ROLE_CONDITION);

        assertThat(findings(policyDocumentStyle(design), LiteralCharacterRules.POLICY_DOCUMENT_VARIABLE_NOTATION))
                .extracting(f -> f.location().text(), f -> f.message().args())
                .containsExactly(tuple("writers[0].rolePath", List.of("/team&{a}/", "&{", "${")));
        assertThat(Validation.validate(design)).isEmpty();
    }

    @Test
    void ampersandWithoutABraceIsFineInThePolicyDocumentStyle() {
        assertThat(Validation.validate(policyDocumentStyle(prefixes("a&b/", "c{d}/")))).isEmpty();
    }
}
