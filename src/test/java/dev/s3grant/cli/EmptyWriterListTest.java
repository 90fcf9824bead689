package dev.s3grant.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.io.DesignFiles;
import dev.s3grant.testing.TestDesigns;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A design with no writer is legal to hold: every command answers it without a stack trace. */
class EmptyWriterListTest {

    @TempDir
    Path temp;

    @Test
    void everyCommandAnswersADesignWithoutWriters() throws Exception {
        Path design = temp.resolve("empty.json");
        DesignFiles.save(TestDesigns.load("ecs-only").withWriters(List.of()), design);
        String out = temp.resolve("out").toString();

        GenerateCommandTest.Run generate = GenerateCommandTest.run("generate", design.toString(), "--out", out);
        assertThat(generate.exit()).as(generate.err()).isZero();
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
