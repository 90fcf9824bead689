package dev.s3grant.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.s3grant.model.ServiceCatalog;
import dev.s3grant.text.Localizer;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import dev.s3grant.analysis.access.Decision;
import dev.s3grant.analysis.access.Expectation;
import dev.s3grant.analysis.access.Reason;
import dev.s3grant.analysis.findings.Rule;
import dev.s3grant.analysis.findings.RuleCatalog;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps every resource bundle of {@link Localizer#BUNDLES} honest: both languages, same keys, same
 * {@code MessageFormat} arguments, UTF-8, no key the code misses and none it never uses, and no
 * Japanese text left in English. Bundles that do not exist yet are skipped, so areas added later
 * are checked as soon as they appear.
 *
 * <p>A key is "used" when it appears as a string literal under {@code src/main/java}, or when it is
 * built from a prefix listed in {@link #DYNAMIC_KEYS} with one of the suffixes listed there.
 */
class BundleConsistencyTest {

    private static final Path RESOURCES = Path.of("src", "main", "resources");
    private static final Path MAIN_JAVA = Path.of("src", "main", "java");

    /** Literals that look like keys: lower-case first segment, then dotted segments. */
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z]+(?:\\.[A-Za-z0-9]+)+)\"");

    /**
     * Keys the code builds at run time, by prefix, with every suffix it can append. Each entry is
     * the single place where the code builds the key, named in the comment.
     */
    private static final Map<String, Set<String>> DYNAMIC_KEYS = dynamicKeys(
            // ServiceNames.of: the service catalogue key names the service
            ServiceNames.KEY_PREFIX, ServiceCatalog.entries().stream().map(ServiceCatalog.Entry::key)
                    .collect(Collectors.toSet()),
            // AccessReportText: a decision and an expectation by enum name
            "access.decision.", names(Decision.values()),
            "access.expected.", names(Expectation.values()),
            // Reason.messageKey
            "access.reason.", names(Reason.values()),
            // Cause.Kind.messageKey: the cause of a row of the existing files' check by enum name
            "existing.check.cause.", names(dev.s3grant.existing.check.Cause.Kind.values()),
            // ChangeTexts: a block, attribute or access change by ChangeKind.id
            "diff.kind.", changeIds(),
            // (an access change's parts are only ever added or removed)
            "diff.access.action.", Set.of("added", "removed"),
            "diff.access.resource.", Set.of("added", "removed"),
            "diff.access.principal.", Set.of("added", "removed"),
            "diff.access.condition.", Set.of("added", "removed"),
            // SideNames: the two sides' names
            "diff.oneSided.", Set.of("existing", "generated", "old", "new"),
            // SideNames.viewOldOnlyKey / viewNewOnlyKey: the diff view's mark of a one-sided file
            "diff.view.", Set.of("existingOnly", "generatedOnly", "oldOnly", "newOnly"),
            // Rule.titleKey and Rule.whyKey: every rule's message key plus ".title" and ".why" (the
            // document rules' in PolicyExplanationJson)
            "", Stream.concat(RuleCatalog.all().stream(), dev.s3grant.analysis.document.DocumentRules.all().stream())
                    .flatMap(r -> Stream.of(r.titleKey(), r.whyKey())).collect(Collectors.toSet()));

    /** Pairs of a key prefix and the suffixes the code appends to it. */
    @SuppressWarnings("unchecked")
    private static Map<String, Set<String>> dynamicKeys(Object... pairs) {
        Map<String, Set<String>> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Set<String>) pairs[i + 1]);
        }
        return map;
    }

    private static Set<String> changeIds() {
        return java.util.Arrays.stream(dev.s3grant.diff.ChangeKind.values()).map(dev.s3grant.diff.ChangeKind::id)
                .collect(Collectors.toSet());
    }

    private static Set<String> names(Enum<?>[] values) {
        return java.util.Arrays.stream(values).map(Enum::name).collect(Collectors.toSet());
    }

    /** Literals with a key-like shape that are not keys (JSON paths of the design file). */
    private static final Set<String> NOT_KEYS = Set.of("bucket.encryption");

    /**
     * Keys whose Japanese text may equal the English one: real shared terms only. Values without a
     * word (placeholders and punctuation, such as {@code {0}: {1}}) are the same in every language.
     */
    private static final Set<String> SAME_IN_BOTH_LANGUAGES = Set.of();

    private record Bundle(String name, Path english, Path japanese) {
    }

    private static List<Bundle> bundles() {
        List<Bundle> bundles = new ArrayList<>();
        for (String name : Localizer.BUNDLES) {
            String base = name.replace('.', '/');
            Path en = RESOURCES.resolve(base + ".properties");
            Path ja = RESOURCES.resolve(base + "_ja.properties");
            if (Files.exists(en) || Files.exists(ja)) {
                bundles.add(new Bundle(name, en, ja));
            }
        }
        return bundles;
    }

    @Test
    void theBundlesThisTestChecksExist() {
        assertThat(bundles()).extracting(Bundle::name).contains("dev.s3grant.messages", "dev.s3grant.explanations");
    }

    @Test
    void everyBundleHasAnEnglishAndAJapaneseFile() {
        for (Bundle b : bundles()) {
            assertThat(b.english()).as(b.name()).exists();
            assertThat(b.japanese()).as(b.name()).exists();
        }
    }

    @Test
    void bundlesAreValidUtf8() throws IOException {
        for (Bundle b : bundles()) {
            for (Path file : List.of(b.english(), b.japanese())) {
                try {
                    StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(file)));
                } catch (CharacterCodingException e) {
                    fail(file + " is not valid UTF-8");
                }
            }
        }
    }

    @Test
    void englishAndJapaneseHaveTheSameKeys() throws IOException {
        for (Bundle b : bundles()) {
            assertThat(load(b.japanese()).stringPropertyNames()).as(b.name())
                    .containsExactlyInAnyOrderElementsOf(load(b.english()).stringPropertyNames());
        }
    }

    @Test
    void messageFormatArgumentsMatchInBothLanguages() throws IOException {
        for (Bundle b : bundles()) {
            Properties en = load(b.english());
            Properties ja = load(b.japanese());
            for (String key : en.stringPropertyNames()) {
                assertThat(arguments(ja.getProperty(key, ""))).as(b.name() + " " + key)
                        .isEqualTo(arguments(en.getProperty(key)));
            }
        }
    }

    @Test
    void everyValueIsAValidMessageFormatWithDoubledSingleQuotes() throws IOException {
        for (Bundle b : bundles()) {
            for (Path file : List.of(b.english(), b.japanese())) {
                Properties p = load(file);
                for (String key : p.stringPropertyNames()) {
                    String value = p.getProperty(key);
                    new MessageFormat(value);
                    assertThat(value.replace("''", "")).as(file + " " + key + ": write a single quote as ''")
                            .doesNotContain("'");
                }
            }
        }
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Set<String> keys = allEnglishKeys();
        Set<String> prefixes = keys.stream().map(k -> k.substring(0, k.indexOf('.'))).collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>();
        for (String literal : keyLiteralsInCode()) {
            String first = literal.substring(0, literal.indexOf('.'));
            if (prefixes.contains(first) && !NOT_KEYS.contains(literal) && !keys.contains(literal)) {
                missing.add(literal);
            }
        }
        DYNAMIC_KEYS.forEach((prefix, suffixes) -> suffixes.stream().map(s -> prefix + s)
                .filter(k -> !keys.contains(k)).forEach(missing::add));
        assertThat(missing).as("keys used by the code but missing from the bundles").isEmpty();
    }

    @Test
    void noKeyIsUnused() throws IOException {
        Set<String> used = keyLiteralsInCode();
        Set<String> unused = new TreeSet<>();
        for (String key : allEnglishKeys()) {
            boolean dynamic = DYNAMIC_KEYS.entrySet().stream()
                    .anyMatch(d -> key.startsWith(d.getKey()) && d.getValue().contains(key.substring(d.getKey().length())));
            if (!used.contains(key) && !dynamic) {
                unused.add(key);
            }
        }
        assertThat(unused).as("keys no code uses").isEmpty();
    }

    @Test
    void japaneseTextDiffersFromEnglishExceptSharedTerms() throws IOException {
        for (Bundle b : bundles()) {
            Properties en = load(b.english());
            Properties ja = load(b.japanese());
            for (String key : en.stringPropertyNames()) {
                boolean wordless = !en.getProperty(key).replaceAll("\\{\\d+}", "").matches(".*\\p{L}.*");
                if (!SAME_IN_BOTH_LANGUAGES.contains(key) && !wordless) {
                    assertThat(ja.getProperty(key)).as(b.name() + " " + key + " is not translated")
                            .isNotEqualTo(en.getProperty(key));
                }
            }
        }
    }

    /** The argument indexes a pattern uses, ignoring quoted text. */
    static Set<Integer> arguments(String pattern) {
        Set<Integer> indexes = new TreeSet<>();
        boolean quoted = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == '{' && !quoted) {
                int end = i + 1;
                while (end < pattern.length() && Character.isDigit(pattern.charAt(end))) {
                    end++;
                }
                indexes.add(Integer.parseInt(pattern.substring(i + 1, end)));
            }
        }
        return indexes;
    }

    private static Set<String> allEnglishKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (Bundle b : bundles()) {
            keys.addAll(load(b.english()).stringPropertyNames());
        }
        return keys;
    }

    private static Set<String> keyLiteralsInCode() throws IOException {
        Set<String> literals = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MAIN_JAVA)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_LITERAL.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    literals.add(m.group(1));
                }
            }
        }
        return literals;
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
        return p;
    }
}
