package dev.s3grant.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One spelling for each AWS term in Japanese: {@code docs/glossary.md} lists the term as AWS's Japanese
 * documentation writes it and the variants that must not appear; this test reads that table and
 * searches the Japanese lines of every Japanese bundle, every file under {@code docs/} and the README for
 * the variants.
 */
class JapaneseGlossaryTest {

    private static final Path GLOSSARY = Path.of("docs", "glossary.md");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    /** A line with kana or kanji is Japanese text; English lines may name the English terms freely. */
    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");

    /** One row of the glossary: the English term, AWS's Japanese term, the forbidden spellings, the page. */
    record Entry(String english, String japanese, List<Pattern> forbidden, String page) {
    }

    static List<Entry> glossary() throws IOException {
        List<Entry> entries = new ArrayList<>();
        for (String line : Files.readAllLines(GLOSSARY, StandardCharsets.UTF_8)) {
            String[] cells = line.split("\\|", -1);
            if (cells.length != 6 || !cells[4].strip().startsWith("https://")) {
                continue;
            }
            List<Pattern> forbidden = new ArrayList<>();
            Matcher m = CODE.matcher(cells[3]);
            while (m.find()) {
                String variant = m.group(1);
                forbidden.add(variant.startsWith("re:")
                        ? Pattern.compile(variant.substring(3))
                        : Pattern.compile(Pattern.quote(variant)));
            }
            entries.add(new Entry(cells[1].strip(), cells[2].strip(), forbidden, cells[4].strip()));
        }
        return entries;
    }

    /** The files whose Japanese must follow the glossary; the glossary itself names the variants. */
    private static List<Path> checkedFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> bundles = Files.list(Path.of("src", "main", "resources", "dev", "s3grant"))) {
            bundles.filter(f -> f.getFileName().toString().endsWith("_ja.properties")).sorted().forEach(files::add);
        }
        try (Stream<Path> docs = Files.walk(Path.of("docs"))) {
            docs.filter(f -> f.toString().endsWith(".md") && !f.equals(GLOSSARY)).sorted().forEach(files::add);
        }
        files.add(Path.of("README.md"));
        return files;
    }

    @Test
    void theGlossaryNamesTheObjectOwnershipSettingsAndBlockPublicAccess() throws IOException {
        assertThat(glossary()).extracting(Entry::japanese).contains(
                "オブジェクト所有権", "バケット所有者の強制", "希望するバケット所有者", "オブジェクトライター",
                "ブロックパブリックアクセス");
    }

    @Test
    void everyEntryHasForbiddenVariantsAndAnAwsJapanesePage() throws IOException {
        for (Entry e : glossary()) {
            assertThat(e.forbidden()).as(e.english()).isNotEmpty();
            assertThat(e.page()).as(e.english()).startsWith("https://docs.aws.amazon.com/ja_jp/");
            for (Pattern variant : e.forbidden()) {
                assertThat(variant.matcher(e.japanese()).find())
                        .as(e.english() + ": the chosen term itself matches the variant " + variant).isFalse();
            }
        }
    }

    @Test
    void noJapaneseTextUsesAForbiddenSpelling() throws IOException {
        List<Entry> glossary = glossary();
        TreeSet<String> offenders = new TreeSet<>();
        for (Path file : checkedFiles()) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (!JAPANESE.matcher(lines.get(i)).find()) {
                    continue;
                }
                for (Entry e : glossary) {
                    for (Pattern variant : e.forbidden()) {
                        Matcher m = variant.matcher(lines.get(i));
                        if (m.find()) {
                            offenders.add(file + ":" + (i + 1) + ": \"" + m.group() + "\" (write \"" + e.japanese() + "\")");
                        }
                    }
                }
            }
        }
        assertThat(offenders).as("spellings docs/glossary.md forbids").isEmpty();
    }
}
