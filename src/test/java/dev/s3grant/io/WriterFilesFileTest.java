package dev.s3grant.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.s3grant.model.Design;
import dev.s3grant.model.WriterFiles;
import dev.s3grant.testing.TestDesigns;
import org.junit.jupiter.api.Test;

/** {@code options.writerFiles} in a design file: written only when shared (format version 4), read back as written. */
class WriterFilesFileTest {

    private static Design shared(String name) {
        Design d = TestDesigns.load(name);
        return d.withOptions(d.options().withWriterFiles(WriterFiles.SHARED));
    }

    @Test
    void aDesignWithAFilePerAccountIsWrittenAsBefore() {
        String text = DesignWriter.write(TestDesigns.load("three-writers"));

        assertThat(text).contains("\"formatVersion\": 1,").doesNotContain("writerFiles");
    }

    @Test
    void aSharedWriterFileIsWrittenAsVersionFourAndReadBack() throws InputException {
        Design design = shared("ecs-only");

        String text = DesignWriter.write(design);

        assertThat(text).contains("\"formatVersion\": 4,").contains("""
                    "terraformValues": "VARIABLES",
                    "writerFiles": "SHARED"
                  }
                """);
        assertThat(DesignReader.read(text, "d.json")).isEqualTo(design);
        assertThat(DesignWriter.write(DesignReader.read(text, "d.json"))).isEqualTo(text);
    }

    @Test
    void theGoldenSharedDesignKeepsItsBytes() throws InputException {
        String text = TestDesigns.text("shared-writer");

        Design design = DesignReader.read(text, "shared-writer.json");

        assertThat(design.options().writerFiles()).isEqualTo(WriterFiles.SHARED);
        assertThat(DesignWriter.write(design)).isEqualTo(text);
    }

    @Test
    void aValueOutsideTheListIsRefusedWithTheChoices() {
        String text = DesignWriter.write(shared("ecs-only")).replace("\"SHARED\"", "\"ONE\"");

        InputException e = catchThrowableOfType(InputException.class, () -> DesignReader.read(text, "d.json"));

        assertThat(e).isNotNull();
        assertThat(e.problem().path()).isEqualTo("options.writerFiles");
        assertThat(e.problem().message().args()).anySatisfy(a -> assertThat(String.valueOf(a)).contains("PER_ACCOUNT"));
    }
}
