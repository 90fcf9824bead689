package dev.s3grant.hcl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Terraform written for this project (see the corpus README): every file reads without a syntax
 * error, and its block addresses are exactly those HashiCorp's HCL parser finds (the
 * {@code .addresses} file beside it; docs/hcl-reader-conformance.md).
 */
class HclCorpusTest {

    static final Path CORPUS = Path.of("src/test/resources/hcl-corpus");

    static List<Path> corpusFiles() throws IOException {
        try (Stream<Path> files = Files.walk(CORPUS)) {
            return files.filter(p -> p.toString().endsWith(".tf")).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("corpusFiles")
    void readsWithoutErrorsAndFindsTheAddressesHashiCorpsParserFinds(Path file) throws IOException {
        HclFile parsed = HclParser.parse(Files.readString(file, StandardCharsets.UTF_8));
        Path expected = file.resolveSibling(file.getFileName().toString().replaceAll("\\.tf$", ".addresses"));

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.body().blocks().stream().map(HclBlock::address).sorted().toList())
                .isEqualTo(Files.readAllLines(expected, StandardCharsets.UTF_8));
    }

    @org.junit.jupiter.api.Test
    void theCorpusHoldsOnlyTerraformWithItsAddressesAndTheReadme() throws IOException {
        List<Path> all;
        try (Stream<Path> files = Files.walk(CORPUS)) {
            all = files.filter(Files::isRegularFile).map(CORPUS::relativize).sorted().toList();
        }

        assertThat(corpusFiles()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(all).allSatisfy(file -> assertThat(file.toString()).matches("README\\.md|.+\\.(tf|addresses)"));
        assertThat(all.stream().filter(f -> f.toString().endsWith(".addresses")).count()).isEqualTo(corpusFiles().size());
    }
}
