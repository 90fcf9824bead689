package dev.s3grant.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.text.Localizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DiffBundleTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = DiffBundleTest.class.getResourceAsStream("/dev/s3grant/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    static Set<String> arguments(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndArguments() throws IOException {
        Properties en = load("diff.properties");
        Properties ja = load("diff_ja.properties");

        assertThat(ja.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        for (String key : en.stringPropertyNames()) {
            assertThat(arguments(ja.getProperty(key))).as(key).isEqualTo(arguments(en.getProperty(key)));
            new MessageFormat(en.getProperty(key));
            new MessageFormat(ja.getProperty(key));
        }
    }

    @Test
    void theDiffBundleIsOneOfTheLocalizerBundles() {
        assertThat(Localizer.BUNDLES).contains("dev.s3grant.diff");
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Properties en = load("diff.properties");
        for (ChangeLabel label : ChangeLabel.values()) {
            assertThat(new ChangeTexts(Localizer.of(dev.s3grant.model.Language.EN)).label(label)).doesNotStartWith("!");
        }
        for (ChangeKind kind : ChangeKind.values()) {
            assertThat(en).containsKey("diff.kind." + kind.id());
        }
        for (ChangeKind kind : new ChangeKind[] {ChangeKind.ADDED, ChangeKind.REMOVED}) {
            assertThat(en).containsKeys("diff.access.action." + kind.id(), "diff.access.resource." + kind.id(),
                    "diff.access.principal." + kind.id(), "diff.access.condition." + kind.id());
        }
        for (SideNames sides : SideNames.values()) {
            assertThat(en).containsKeys(sides.oldOnlyKey(), sides.newOnlyKey(), sides.viewOldOnlyKey(), sides.viewNewOnlyKey());
        }
    }
}
