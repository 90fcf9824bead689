package dev.s3grant.analysis.findings;

import static dev.s3grant.analysis.findings.Validation.findings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.s3grant.analysis.Finding;
import dev.s3grant.model.Design;
import dev.s3grant.model.Language;
import dev.s3grant.model.PrincipalMode;
import dev.s3grant.model.Principals;
import dev.s3grant.model.Writer;
import dev.s3grant.policy.PolicyGenerator;
import dev.s3grant.text.Localizer;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SizeRulesTest {

    private static Design withPrefixes(int count) {
        List<String> prefixes = IntStream.range(0, count).mapToObj(i -> String.format("prefix-%03d/", i)).toList();
        return Validation.withBucket(b -> b.withKeyPrefixes(prefixes));
    }

    private static int rolePolicySize(Design design) {
        return PolicyGenerator.generate(design).writers().get(0).rolePolicy().size().used();
    }

    @Test
    void rolePolicyOverItsLimitIsAnErrorAtTheDocument() {
        Design design = withPrefixes(190);
        int used = rolePolicySize(design);

        assertThat(used).isGreaterThan(10_240);
        assertThat(findings(design, SizeRules.OVER_LIMIT))
                .extracting(f -> f.location().text(), f -> f.message().args())
                .containsExactly(tuple("A-role-policy.json", List.of("A-role-policy.json", used, 10_240, 1, 0)));
    }

    @Test
    void rolePolicyWithinTenPercentOfItsLimitIsAWarningWithThePercentage() {
        Design design = withPrefixes(170);
        int used = rolePolicySize(design);

        assertThat(used).isBetween(9_216, 10_240);
        assertThat(findings(design, SizeRules.NEAR_LIMIT))
                .extracting(f -> f.location().text(), f -> f.message().args())
                .containsExactly(tuple("A-role-policy.json", List.of("A-role-policy.json", used, 10_240, 1, used * 100 / 10_240, 0)));
        assertThat(findings(design, SizeRules.OVER_LIMIT)).isEmpty();
    }

    @Test
    void documentBelowNinetyPercentRaisesNothing() {
        Design design = withPrefixes(140);

        assertThat(rolePolicySize(design)).isLessThan(9_216);
        assertThat(findings(design, SizeRules.NEAR_LIMIT)).isEmpty();
        assertThat(findings(design, SizeRules.OVER_LIMIT)).isEmpty();
    }

    @Test
    void trustPolicyOverItsLimitIsCountedInCharacters() {
        List<String> services = IntStream.range(0, 100).mapToObj(i -> "service" + i + ".amazonaws.com").toList();
        Design design = Validation.withWriter(w -> w.withPrincipals(new Principals(PrincipalMode.SERVICES, services)));

        assertThat(findings(design, SizeRules.OVER_LIMIT))
                .extracting(f -> f.location().text(), f -> f.message().args().get(2), f -> f.message().args().get(3))
                .containsExactly(tuple("A-trust-policy.json", 2_048, 1));
    }

    @Test
    void trustPolicyOverItsLimitSaysTheQuotaCanBeRaisedToFourThousandNinetySix() {
        List<String> services = IntStream.range(0, 100).mapToObj(i -> "service" + i + ".amazonaws.com").toList();
        Design design = Validation.withWriter(w -> w.withPrincipals(new Principals(PrincipalMode.SERVICES, services)));
        Finding finding = findings(design, SizeRules.OVER_LIMIT).get(0);

        assertThat(Localizer.of(Language.EN).render(finding.message()))
                .endsWith(" The trust policy quota of 2,048 characters is a default: a Service Quotas request can raise it to at most 4,096.");
        assertThat(Localizer.of(Language.JA).render(finding.message()))
                .endsWith("信頼ポリシーの 2,048 文字はデフォルトのクォータで、Service Quotas で引き上げをリクエストすると最大 4,096 文字まで引き上げられます。");
    }

    @Test
    void otherDocumentsOverTheirLimitSayNothingAboutRaisingIt() {
        Finding finding = findings(withPrefixes(190), SizeRules.OVER_LIMIT).get(0);

        assertThat(Localizer.of(Language.EN).render(finding.message())).endsWith("make it smaller.");
        assertThat(Localizer.of(Language.JA).render(finding.message())).endsWith("名前を短くしてください。");
    }

    @Test
    void bucketPolicyOverItsLimitIsCountedInBytes() {
        List<Writer> writers = IntStream.range(0, 60)
                .mapToObj(i -> Validation.exampleWriter().withAlias("W" + i).withAccountId(String.format("3333333333%02d", i)))
                .toList();
        Design design = Validation.EXAMPLE.withWriters(writers);

        assertThat(findings(design, SizeRules.OVER_LIMIT))
                .extracting(f -> f.location().text(), f -> f.message().args().get(2), f -> f.message().args().get(3))
                .containsExactly(tuple("bucket-policy.json", 20_480, 0));
    }
}
