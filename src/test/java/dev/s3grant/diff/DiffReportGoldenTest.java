package dev.s3grant.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.model.Language;
import dev.s3grant.text.Localizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The text (en, ja) and JSON reports of the original ECS-only {@code account_B.tf} against a file
 * in the generator's style, as golden files under {@code src/test/resources/diff/expected}. Run
 * with {@code -Dgolden.update=true} to rewrite them, then review the diff.
 */
class DiffReportGoldenTest {

    static final Path RESOURCES = Path.of("src/test/resources/diff");

    static DiffResult result() throws IOException {
        String original = Files.readString(RESOURCES.resolve("original/account_B.tf"), StandardCharsets.UTF_8);
        String generated = Files.readString(RESOURCES.resolve("cases/account_B-generated-style.tf"), StandardCharsets.UTF_8);
        return TerraformDiff.compare(Map.of("account_B.tf", new SourceFile("existing/account_B.tf", original)),
                Map.of("account_B.tf", new SourceFile("generated/account_B.tf", generated)));
    }

    static void assertGolden(String name, String actual) throws IOException {
        Path file = RESOURCES.resolve("expected").resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void englishTextReport() throws IOException {
        assertGolden("account_B.en.txt",
                DiffTextReport.render(result(), Localizer.of(Language.EN), SideNames.EXISTING_GENERATED, false));
    }

    @Test
    void japaneseTextReport() throws IOException {
        assertGolden("account_B.ja.txt",
                DiffTextReport.render(result(), Localizer.of(Language.JA), SideNames.EXISTING_GENERATED, false));
    }

    @Test
    void jsonReport() throws IOException {
        assertGolden("account_B.json", DiffJson.write(result(), false));
    }
}
