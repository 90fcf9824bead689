package dev.s3grant.analysis.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/findings.md} in step with the catalogue: the test fails when the file differs from
 * what the catalogue and the bundles generate. {@code -Dfindings.doc.update=true} rewrites it.
 */
class FindingsDocTest {

    private static final Path DOC = Path.of("docs", "findings.md");

    @Test
    void findingsDocumentIsUpToDateWithTheCatalogue() throws IOException {
        String expected = FindingsDocument.generate();
        if (Boolean.getBoolean("findings.doc.update")) {
            Files.createDirectories(DOC.getParent());
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
        }
        assertThat(DOC).as("docs/findings.md exists").exists();
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
                .as("docs/findings.md is out of date with the rule catalogue; regenerate it with "
                        + "mvn -o -q test -Dtest=FindingsDocTest -Dfindings.doc.update=true")
                .isEqualTo(expected);
    }

    @Test
    void documentListsEveryCodeWithItsSection() {
        String doc = FindingsDocument.generate();

        for (String code : FindingsDocument.codes()) {
            assertThat(doc).contains("| [" + code + "](#" + code.toLowerCase(java.util.Locale.ROOT) + ")");
            assertThat(doc).contains("\n## " + code + " ");
        }
    }
}
