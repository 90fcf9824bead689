package dev.s3grant;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/aws-rules.md} is the one place the AWS rules are written down: every anchor of it that a
 * source file, test, decision record or the README cites exists, every rule links a page of the AWS
 * documentation, and nothing cites a rule file outside the repository any more.
 */
class AwsRulesDocTest {

    private static final Path DOC = Path.of("docs", "aws-rules.md");
    private static final List<Path> CITING_ROOTS = List.of(Path.of("src", "main"), Path.of("src", "test"), Path.of("docs"));
    private static final Set<String> TEXT_FILES = Set.of("java", "md", "properties");

    /** A citation from another file: the document's name, {@code #} and a rule id, in a path or a Markdown link. */
    private static final Pattern CITATION = Pattern.compile("aws-rules\\.md#([A-Za-z0-9_-]+)");
    /** A link inside the document itself. */
    private static final Pattern INTERNAL_LINK = Pattern.compile("\\]\\(#([A-Za-z0-9_-]+)\\)");
    private static final Pattern RULE_ANCHOR = Pattern.compile("^<a id=\"([a-z0-9-]+)\"></a>$");
    private static final Pattern SECTION = Pattern.compile("^## (.+)$");
    private static final Pattern OUTSIDE_REFERENCE = Pattern.compile("domain\\.md", Pattern.CASE_INSENSITIVE);
    private static final String AWS_DOCUMENTATION = "https://docs.aws.amazon.com/";

    /** The document's rules in order: anchor id, then the rule's lines up to the next rule or section. */
    static Map<String, List<String>> rules() throws IOException {
        Map<String, List<String>> rules = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : Files.readAllLines(DOC, StandardCharsets.UTF_8)) {
            Matcher anchor = RULE_ANCHOR.matcher(line);
            if (anchor.matches()) {
                current = new ArrayList<>();
                assertThat(rules.put(anchor.group(1), current)).as("rule id %s appears twice", anchor.group(1)).isNull();
            } else if (SECTION.matcher(line).matches()) {
                current = null;
            } else if (current != null) {
                current.add(line);
            }
        }
        return rules;
    }

    /** The anchors GitHub gives the {@code ##} section headings. */
    static Set<String> sectionAnchors() throws IOException {
        Set<String> anchors = new TreeSet<>();
        for (String line : Files.readAllLines(DOC, StandardCharsets.UTF_8)) {
            Matcher section = SECTION.matcher(line);
            if (section.matches()) {
                anchors.add(section.group(1).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 -]", "").replace(' ', '-'));
            }
        }
        return anchors;
    }

    /** Every text file that may cite the document: sources, tests, docs and the README. */
    static List<Path> citingFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : CITING_ROOTS) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile).filter(AwsRulesDocTest::isText).sorted().forEach(files::add);
            }
        }
        files.add(Path.of("README.md"));
        return files;
    }

    private static boolean isText(Path file) {
        String name = file.getFileName().toString();
        return TEXT_FILES.contains(name.substring(name.lastIndexOf('.') + 1));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyCitedAnchorIsARuleOfTheDocument() throws IOException {
        Set<String> ids = rules().keySet();
        List<String> citations = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (Path file : citingFiles()) {
            Matcher m = CITATION.matcher(read(file));
            while (m.find()) {
                citations.add(file + "#" + m.group(1));
                if (!ids.contains(m.group(1))) {
                    unknown.add(file + " cites #" + m.group(1));
                }
            }
        }
        assertThat(unknown).as("citations of docs/aws-rules.md without such a rule").isEmpty();
        assertThat(citations).as("the generators, findings and decisions cite their rules").hasSizeGreaterThanOrEqualTo(40);
        assertThat(citations).anyMatch(c -> c.endsWith("PolicyJson.java#deterministic-output"))
                .anyMatch(c -> c.endsWith("EncryptionDenies.java#encryption-denies"))
                .anyMatch(c -> c.endsWith("TerraformGenerator.java#terraform-resources"));
    }

    @Test
    void everyLinkInsideTheDocumentResolves() throws IOException {
        Set<String> targets = new TreeSet<>(rules().keySet());
        targets.addAll(sectionAnchors());
        List<String> broken = new ArrayList<>();
        Matcher m = INTERNAL_LINK.matcher(read(DOC));
        int links = 0;
        while (m.find()) {
            links++;
            if (!targets.contains(m.group(1))) {
                broken.add("#" + m.group(1));
            }
        }
        assertThat(broken).as("links inside docs/aws-rules.md without a target").isEmpty();
        assertThat(links).as("the contents link every rule").isGreaterThanOrEqualTo(rules().size());
    }

    @Test
    void everyRuleIsHeadedByItsIdAndLinksAnAwsDocumentationPage() throws IOException {
        Map<String, List<String>> rules = rules();
        assertThat(rules).as("rules of docs/aws-rules.md").hasSizeGreaterThanOrEqualTo(30);
        rules.forEach((id, lines) -> {
            assertThat(lines).as("rule %s starts with its heading", id).isNotEmpty();
            assertThat(lines.get(0)).as("heading of rule %s", id).startsWith("### " + id + ": ");
            assertThat(lines).as("rule %s links a page of the AWS documentation", id)
                    .anyMatch(line -> line.contains(AWS_DOCUMENTATION));
        });
    }

    @Test
    void noFileCitesTheRuleSheetOutsideTheRepository() throws IOException {
        List<String> outside = new ArrayList<>();
        for (Path file : citingFiles()) {
            if (OUTSIDE_REFERENCE.matcher(read(file)).find()) {
                outside.add(file.toString());
            }
        }
        assertThat(outside).as("files citing a rule sheet outside the repository; cite docs/aws-rules.md").isEmpty();
    }
}
