package dev.s3grant.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.app.GrantDesigner;
import dev.s3grant.io.DesignFiles;
import dev.s3grant.io.FolderExporter;
import dev.s3grant.model.Design;
import dev.s3grant.testing.TestDesigns;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A design with no writer is legal to hold: every command answers it without a stack trace;
 * {@code generate} refuses it, as it refuses every design with an error.
 */
class EmptyWriterListTest {

    @TempDir
    Path temp;

    @Test
    void everyCommandAnswersADesignWithoutWriters() throws Exception {
        Path design = temp.resolve("empty.json");
        Design empty = TestDesigns.load("ecs-only").withWriters(List.of());
        DesignFiles.save(empty, design);
        String out = temp.resolve("out").toString();

        GenerateCommandTest.Run generate = GenerateCommandTest.run("generate", design.toString(), "--out", out, "--lang", "en");
        assertThat(generate.exit()).isEqualTo(1);
        assertThat(generate.err()).contains("ERROR S3G-020 writers: The design has no writer");
        assertThat(Path.of(out)).doesNotExist();
        // exported anyway, as the window may on purpose: diff then compares with it
        FolderExporter.export(Path.of(out), empty.name(), GrantDesigner.export(empty).filesByPath(), false, false);
        GenerateCommandTest.Run validate = GenerateCommandTest.run("validate", design.toString(), "--lang", "en");
        assertThat(validate.exit()).isEqualTo(1);
        assertThat(validate.out()).startsWith("ERROR S3G-020 writers: The design has no writer");
        for (String[] command : new String[][] {
                {"check", design.toString(), "--matrix"},
                {"explain", design.toString(), "--lang", "ja"},
                {"diff", design.toString(), "--against", out}}) {
            GenerateCommandTest.Run r = GenerateCommandTest.run(command);
            assertThat(r.exit()).as(String.join(" ", command)).isZero();
            assertThat(r.err()).as(String.join(" ", command)).isEmpty();
        }
    }
}
