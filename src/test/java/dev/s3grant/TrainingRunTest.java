package dev.s3grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build's training run without the window, as the CLI's start-up cache is recorded (decision 0047). */
class TrainingRunTest {

    static final Path EXAMPLE = Path.of("src/main/resources/dev/s3grant/io/example-design.json");

    @TempDir
    Path temp;

    @Test
    void withoutTheWindowItRunsTheCommandsAndWritesTheExampleExportButNotTheExplanation() throws Exception {
        Path out = temp.resolve("generated");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            TrainingRun.run(new String[] {EXAMPLE.toString(), out.toString()});
        } finally {
            System.setOut(original);
        }

        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).contains("variables.tf", "account_A.tf");
        }
        String text = printed.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("s3grant ").contains("created, 0 overwritten").doesNotContain("What it does:");
        assertThat(text.lines().filter(l -> l.matches("\\d+ created, \\d+ overwritten, \\d+ unchanged in .*")))
                .as("generate repeated for the method profiles").hasSize(TrainingRun.GENERATE_RUNS);
    }

    @Test
    void itNeedsADesignAndAnOutputFolder() {
        assertThatThrownBy(() -> TrainingRun.run(new String[] {EXAMPLE.toString()}))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("usage: DESIGN OUT [--window]");
    }
}
