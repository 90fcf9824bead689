package dev.s3grant.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.cli.DiffCommandsTest.Run;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command that reads a design file reads it through {@link DesignFileParameter} (decision 0026): a file that
 * is missing or not a design gives {@code check} and {@code explain} the same message and exit code 2 as
 * {@code validate}, in either language; {@code check --against} and {@code explain --file} still do without one.
 */
class DesignFileParameterTest {

    static final Path GOLDEN_ECS = Path.of("src/test/resources/golden/terraform/ecs-only/jsonencode-variables");

    @TempDir
    Path dir;

    @Test
    void aMissingDesignFileGivesEveryCommandTheSameMessageAndExitCodeTwo() {
        Path missing = dir.resolve("missing.json");
        for (String lang : List.of("en", "ja")) {
            Run validate = DiffCommandsTest.run("validate", missing.toString(), "--lang", lang);
            List<Run> others = List.of(
                    DiffCommandsTest.run("check", missing.toString(), "--matrix", "--lang", lang),
                    DiffCommandsTest.run("check", missing.toString(), "--against", GOLDEN_ECS.toString(), "--lang", lang),
                    DiffCommandsTest.run("explain", missing.toString(), "--lang", lang));

            assertThat(validate.exit()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
            assertThat(validate.err()).isNotBlank();
            assertThat(others).allSatisfy(r -> {
                assertThat(r.exit()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
                assertThat(r.err()).isEqualTo(validate.err());
                assertThat(r.out()).isEmpty();
            });
        }
    }

    @Test
    void aFileThatIsNotADesignGivesEveryCommandTheSameMessageWithItsLineAndColumn() throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\n  \"formatVersion\": 1,\n  \"name\": \n}\n", StandardCharsets.UTF_8);
        Run validate = DiffCommandsTest.run("validate", broken.toString(), "--lang", "en");

        assertThat(validate.exit()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(validate.err()).contains(broken.toString());
        assertThat(List.of(
                DiffCommandsTest.run("check", broken.toString(), "--matrix", "--lang", "en"),
                DiffCommandsTest.run("check", broken.toString(), "--principal", "arn:aws:iam::111111111111:role/x",
                        "--action", "s3:PutObject", "--resource", "arn:aws:s3:::b/k", "--lang", "en"),
                DiffCommandsTest.run("explain", broken.toString(), "--lang", "en")))
                .allSatisfy(r -> {
                    assertThat(r.exit()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
                    assertThat(r.err()).isEqualTo(validate.err());
                });
    }

    @Test
    void checkAgainstAndExplainFileStillNeedNoDesignAndTheOthersStillAskForOne() {
        Run against = DiffCommandsTest.run("check", "--against", GOLDEN_ECS.toString(), "--lang", "en");
        Run explainFile = DiffCommandsTest.run("explain", "--file",
                "src/test/resources/golden/policies/ecs-only/bucket-policy.json", "--lang", "en");
        Run checkWithout = DiffCommandsTest.run("check", "--matrix", "--lang", "en");
        Run validateWithout = DiffCommandsTest.run("validate", "--lang", "en");

        assertThat(against.exit()).as(against.err()).isIn(ExitCodes.OK, ExitCodes.NEGATIVE);
        assertThat(against.err()).isEmpty();
        assertThat(explainFile.exit()).as(explainFile.err()).isEqualTo(ExitCodes.OK);
        assertThat(checkWithout.exit()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(checkWithout.err()).isNotBlank();
        assertThat(validateWithout.exit()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(validateWithout.err()).contains("Missing required parameter: 'DESIGN'");
    }

    @Test
    void theHelpOfCheckAndExplainShowsTheDesignAsOptionalWithTheSameDescription() {
        Run check = DiffCommandsTest.run("check", "--help");
        Run explain = DiffCommandsTest.run("explain", "--help");
        Run validate = DiffCommandsTest.run("validate", "--help");

        assertThat(check.out()).containsPattern("\\[DESIGN]\\s+The design file \\(JSON\\)\\.").contains("DESIGN is optional with it.");
        assertThat(explain.out()).containsPattern("\\[DESIGN]\\s+The design file \\(JSON\\)\\.");
        assertThat(validate.out()).containsPattern("\\s DESIGN\\s+The design file \\(JSON\\)\\.");
    }
}
