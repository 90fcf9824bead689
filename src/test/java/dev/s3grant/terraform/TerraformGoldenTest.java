package dev.s3grant.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pins every generated Terraform file of every golden design, in both styles and both value modes,
 * byte for byte. Regenerate with {@code -Dgolden.update=true} and review the diff.
 */
class TerraformGoldenTest {

    static Stream<TerraformCases> cases() {
        return TerraformCases.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyFileMatchesItsGoldenFile(TerraformCases c) throws IOException {
        TerraformFiles files = c.files();
        files.files().forEach((name, content) -> Golden.assertMatches(c.goldenFolder() + "/" + name, content));

        Path folder = Golden.ROOT.resolve(c.goldenFolder());
        try (Stream<Path> golden = Files.walk(folder)) {
            List<String> goldenNames = golden.filter(Files::isRegularFile)
                    .map(p -> folder.relativize(p).toString().replace('\\', '/')).sorted().toList();
            assertThat(goldenNames).as("no golden file without a generated file")
                    .containsExactlyInAnyOrderElementsOf(files.names());
        }
    }
}
