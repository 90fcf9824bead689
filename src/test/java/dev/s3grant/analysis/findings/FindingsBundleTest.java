package dev.s3grant.analysis.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.model.Language;
import dev.s3grant.text.Localizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FindingsBundleTest {

    static final String SUMMARY_KEY = "findings.summary";

    static Properties load(String file) {
        try (InputStream in = FindingsBundleTest.class.getResourceAsStream("/dev/s3grant/" + file)) {
            assertThat(in).as(file).isNotNull();
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static final Properties EN = load("findings.properties");
    private static final Properties JA = load("findings_ja.properties");

    private static Set<String> keys(Properties p) {
        return new TreeSet<>(p.stringPropertyNames());
    }

    private static int argumentCount(String pattern) {
        return new MessageFormat(pattern, Locale.ROOT).getFormatsByArgumentIndex().length;
    }

    @Test
    void bothLanguagesHaveExactlyTheSameKeys() {
        assertThat(keys(JA)).isEqualTo(keys(EN));
    }

    @Test
    void everyRuleHasAMessageAndATitleInBothLanguages() {
        for (Rule rule : RuleCatalog.all()) {
            assertThat(EN).as(rule.code()).containsKeys(rule.messageKey(), rule.titleKey());
            assertThat(JA).as(rule.code()).containsKeys(rule.messageKey(), rule.titleKey());
        }
    }

    @Test
    void everyKeyBelongsToARuleOrTheSummary() {
        Set<String> used = java.util.stream.Stream.concat(RuleCatalog.all().stream(),
                        dev.s3grant.analysis.document.DocumentRules.all().stream())
                .flatMap(r -> java.util.stream.Stream.of(r.messageKey(), r.titleKey(), r.whyKey()))
                .collect(Collectors.toCollection(TreeSet::new));
        used.add(SUMMARY_KEY);

        assertThat(keys(EN)).isEqualTo(used);
    }

    @Test
    void everyRuleSaysWhyItHasItsSeverityInBothLanguages() {
        Set<String> missing = new TreeSet<>();
        for (Rule rule : java.util.stream.Stream.concat(RuleCatalog.all().stream(),
                dev.s3grant.analysis.document.DocumentRules.all().stream()).toList()) {
            if (!EN.containsKey(rule.whyKey())) {
                missing.add("findings.properties lacks " + rule.whyKey() + " (" + rule.code() + ", " + rule.severity() + ")");
            }
            if (!JA.containsKey(rule.whyKey())) {
                missing.add("findings_ja.properties lacks " + rule.whyKey() + " (" + rule.code() + ", " + rule.severity() + ")");
            }
        }
        assertThat(missing).as("every rule records why its severity follows its effect; add the key next to "
                + "the rule's message").isEmpty();
    }

    @Test
    void reasonsForSeverityTakeNoArguments() {
        keys(EN).stream().filter(k -> k.endsWith(".why")).forEach(k -> {
            assertThat(argumentCount(EN.getProperty(k))).as(k).isZero();
            assertThat(argumentCount(JA.getProperty(k))).as(k).isZero();
        });
    }

    @Test
    void bothLanguagesTakeTheSameMessageFormatArguments() {
        for (String key : keys(EN)) {
            assertThat(argumentCount(JA.getProperty(key))).as(key).isEqualTo(argumentCount(EN.getProperty(key)));
        }
    }

    @Test
    void titlesTakeNoArguments() {
        keys(EN).stream().filter(k -> k.endsWith(".title")).forEach(k -> {
            assertThat(argumentCount(EN.getProperty(k))).as(k).isZero();
            assertThat(argumentCount(JA.getProperty(k))).as(k).isZero();
        });
    }

    @Test
    void textsHoldNoSingleQuoteThatMessageFormatWouldSwallow() {
        for (String key : keys(EN)) {
            assertThat(EN.getProperty(key)).as(key).doesNotContain("'");
            assertThat(JA.getProperty(key)).as(key).doesNotContain("'");
        }
    }

    @Test
    void japaneseTextsAreWrittenInJapanese() {
        for (String key : keys(JA)) {
            assertThat(JA.getProperty(key).codePoints().anyMatch(c ->
                    Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
                            || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA
                            || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                    .as(key).isTrue();
        }
    }

    @Test
    void localizerRendersAFindingInBothLanguages() {
        var message = AccountRules.INVALID_ACCOUNT_ID.at(Locations.at(dev.s3grant.model.DesignField.WRITER_ACCOUNT_ID, 0), "1111").message();

        assertThat(Localizer.of(Language.EN).render(message))
                .isEqualTo("\"1111\" is not an AWS account ID. An account ID is exactly 12 digits, leading zeros included.");
        assertThat(Localizer.of(Language.JA).render(message))
                .isEqualTo("「1111」は AWS アカウント ID ではありません。アカウント ID は、先頭のゼロも含めて 12 桁の数字です。");
    }

    @Test
    void summaryCountsEachSeverityWithSingularAndPlural() {
        assertThat(Localizer.of(Language.EN).format(SUMMARY_KEY, 1L, 0L, 2L, 12L))
                .isEqualTo("1 error, 0 security warnings, 2 warnings, 12 suggestions");
        assertThat(Localizer.of(Language.JA).format(SUMMARY_KEY, 1L, 0L, 2L, 12L))
                .isEqualTo("エラー 1 件、セキュリティ警告 0 件、警告 2 件、提案 12 件");
    }

    @Test
    void sizeMessagesNameTheUnitInWords() {
        var bytes = SizeRules.OVER_LIMIT.at(new dev.s3grant.analysis.Location.FileLocation("bucket-policy.json"), "bucket-policy.json", 21_000, 20_480, 0).message();
        var chars = SizeRules.NEAR_LIMIT.at(new dev.s3grant.analysis.Location.FileLocation("A-trust-policy.json"), "A-trust-policy.json", 1_900, 2_048, 1, 92).message();

        assertThat(Localizer.of(Language.EN).render(bytes)).startsWith("bucket-policy.json has 21,000 bytes, over its limit of 20,480.");
        assertThat(Localizer.of(Language.EN).render(chars))
                .startsWith("A-trust-policy.json has 1,900 of at most 2,048 non-whitespace characters (92%).");
        assertThat(Localizer.of(Language.JA).render(bytes))
                .startsWith("bucket-policy.json のサイズは 21,000 バイトで、上限の 20,480 バイトを超えています。");
        assertThat(Localizer.of(Language.JA).render(chars))
                .startsWith("A-trust-policy.json のサイズは 1,900 文字 (空白を除く)で、上限 2,048 の 92% に達しています。");
    }
}
