package dev.s3grant.analysis.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.model.Language;
import dev.s3grant.text.Localizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AccessBundleTest {

    static Properties load(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = AccessBundleTest.class.getResourceAsStream("/dev/s3grant/" + file)) {
            assertThat(in).as(file).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(load("access_ja.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("access.properties").stringPropertyNames());
    }

    @Test
    void everySingleQuoteIsDoubledForMessageFormat() throws IOException {
        Pattern lone = Pattern.compile("(?<!')'(?!')");
        for (String file : new String[] {"access.properties", "access_ja.properties"}) {
            Properties p = load(file);
            for (String key : p.stringPropertyNames()) {
                assertThat(lone.matcher(p.getProperty(key)).find()).as(file + " " + key).isFalse();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyReasonDecisionAndExpectationHasAText(Language language) {
        Localizer text = Localizer.of(language);
        for (Reason r : Reason.values()) {
            assertThat(text.has(r.messageKey())).as(r.messageKey()).isTrue();
        }
        for (Decision d : Decision.values()) {
            assertThat(text.has("access.decision." + d.name())).isTrue();
        }
        for (Expectation e : Expectation.values()) {
            assertThat(text.has("access.expected." + e.name())).isTrue();
        }
    }

    @Test
    void theJapaneseTextsUseAwssJapaneseTerms() {
        Localizer ja = Localizer.of(Language.JA);
        assertThat(ja.format("access.reason.BOTH_SIDES_ALLOW")).contains("アイデンティティベースのポリシー", "リソースベースのポリシー");
        assertThat(ja.format("access.reason.SERVICE_ALLOWED")).contains("信頼ポリシー", "サービスプリンシパル");
        assertThat(ja.format("access.row.serviceFromForeignAccount", "ecs-tasks.amazonaws.com", "A", "999999999999"))
                .isEqualTo("ecs-tasks.amazonaws.com が別のアカウント 999999999999 の代わりに書き込み元 A のロールを引き受ける (混乱した代理問題)");
        assertThat(Localizer.of(Language.EN).format("access.row.putAcl", "A")).isEqualTo("A: the role session sets an object's ACL");
    }
}
