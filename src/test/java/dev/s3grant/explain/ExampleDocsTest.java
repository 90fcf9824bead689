package dev.s3grant.explain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.model.Language;
import dev.s3grant.policy.PolicyGenerator;
import dev.s3grant.text.Localizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Keeps {@code docs/explain-example.<lang>.md} equal to the {@code explain} output of the built-in
 * example. After an intended change, regenerate with {@code -Ds3grant.updateDocs=true}.
 */
class ExampleDocsTest {

    @ParameterizedTest
    @EnumSource(Language.class)
    void docsHoldTheCurrentExplanationOfTheExample(Language language) throws IOException {
        var design = GoldenDesigns.example();
        String rendered = MarkdownRenderer.render(Explainer.explain(design, PolicyGenerator.generate(design)),
                Localizer.of(language));
        Path file = Path.of("docs", "explain-example." + language.code() + ".md");
        if (Boolean.getBoolean("s3grant.updateDocs")) {
            Files.writeString(file, rendered, StandardCharsets.UTF_8);
        }
        assertThat(file).exists();
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .as("%s is stale: run the tests with -Ds3grant.updateDocs=true and review the diff", file)
                .isEqualTo(rendered);
    }
}
