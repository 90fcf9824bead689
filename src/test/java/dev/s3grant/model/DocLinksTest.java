package dev.s3grant.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DocLinksTest {

    /** A string literal holding an address with a path; a bare host ({@code "https://docs.aws.amazon.com/"}) is no page. */
    private static final Pattern LINK_LITERAL = Pattern.compile("\"https?://(?!www\\.w3\\.org/)[^\"/]+/[^\"]+\"");

    private static List<String> catalogued() throws IllegalAccessException {
        List<String> urls = new ArrayList<>();
        for (Field f : DocLinks.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                urls.add((String) f.get(null));
            }
        }
        return urls;
    }

    @Test
    void everyPageIsCataloguedOnce() throws IllegalAccessException {
        assertThat(catalogued()).hasSizeGreaterThan(30).doesNotHaveDuplicates();
    }

    @Test
    void theExplanationsCiteOnlyCataloguedPages() throws IllegalAccessException {
        List<String> known = new ArrayList<>(catalogued());
        ServiceCatalog.entries().forEach(e -> known.add(e.docUrl()));
        assertThat(DocLinks.EXPLANATION_PAGES).isSubsetOf(known).doesNotHaveDuplicates();
    }

    /** A link written as a string literal anywhere else would be a second catalogue (comments may cite pages). */
    @Test
    void noOtherSourceFileSpellsOutALink() throws IOException {
        Path main = Path.of("src/main/java");
        List<String> offenders;
        try (Stream<Path> files = Files.walk(main)) {
            offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.endsWith(Path.of("dev/s3grant/model/DocLinks.java"))
                            && !p.endsWith(Path.of("dev/s3grant/model/ServiceCatalog.java")))
                    .filter(p -> LINK_LITERAL.matcher(read(p)).find())
                    .map(p -> main.relativize(p).toString())
                    .toList();
        }
        assertThat(offenders).isEmpty();
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
