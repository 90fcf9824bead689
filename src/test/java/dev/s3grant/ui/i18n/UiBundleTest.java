package dev.s3grant.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The window's texts: both languages have the same keys, the code uses every key, and every key it uses exists. */
class UiBundleTest {

    private static final Pattern KEY_LITERAL = Pattern.compile("\"(ui\\.[A-Za-z0-9_.]+)\"");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = UiBundleTest.class.getResourceAsStream("/dev/s3grant/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> keysUsedInCode() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/dev/s3grant/ui"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_LITERAL.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        return used;
    }

    @Test
    void englishAndJapaneseHaveExactlyTheSameKeys() throws IOException {
        assertThat(load("ui_ja.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("ui.properties").stringPropertyNames());
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        assertThat(load("ui.properties").stringPropertyNames()).containsAll(keysUsedInCode());
    }

    @Test
    void everyKeyIsUsedLiterallyByTheCode() throws IOException {
        Set<String> unused = new TreeSet<>(load("ui.properties").stringPropertyNames());
        unused.removeAll(keysUsedInCode());
        assertThat(unused).isEmpty();
    }

    @Test
    void bothLanguagesUseTheSameMessageArguments() throws IOException {
        Properties en = load("ui.properties");
        Properties ja = load("ui_ja.properties");
        for (String key : en.stringPropertyNames()) {
            assertThat(arguments(ja.getProperty(key))).as(key).isEqualTo(arguments(en.getProperty(key)));
            new MessageFormat(en.getProperty(key));
            new MessageFormat(ja.getProperty(key));
        }
    }

    @Test
    void japaneseIsWrittenForEveryKeyNotCopiedFromEnglish() throws IOException {
        Properties en = load("ui.properties");
        Properties ja = load("ui_ja.properties");
        for (String key : en.stringPropertyNames()) {
            assertThat(ja.getProperty(key)).as(key).isNotEqualTo(en.getProperty(key));
        }
    }

    private static Set<String> arguments(String pattern) {
        Set<String> args = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            args.add(m.group(1));
        }
        return args;
    }
}
