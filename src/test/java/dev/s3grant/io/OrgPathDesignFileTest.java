package dev.s3grant.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.model.Design;
import dev.s3grant.testing.TestDesigns;
import org.junit.jupiter.api.Test;

/** A design that names its writers' OU is written as format version 5; every other design keeps its version. */
class OrgPathDesignFileTest {

    @Test
    void theOuPathIsWrittenAsVersionFiveAndReadBackByteForByte() throws InputException {
        String text = TestDesigns.text("shared-role-ou");

        Design design = DesignReader.read(text, "shared-role-ou.json");

        assertThat(design.options().writerOrgPath()).isEqualTo("o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/");
        assertThat(design.formatVersion()).isEqualTo(5);
        assertThat(DesignWriter.write(design)).isEqualTo(text).contains("\"formatVersion\": 5,")
                .contains("\"writerOrgPath\": \"o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/\"");
    }

    @Test
    void clearingTheOuPathGoesBackToVersionFourAndLeavesTheMemberOut() {
        Design design = TestDesigns.load("shared-role-ou");

        String written = DesignWriter.write(design.withOptions(design.options().withWriterOrgPath("")));

        assertThat(written).contains("\"formatVersion\": 4,").doesNotContain("writerOrgPath");
        assertThat(DesignWriter.write(TestDesigns.load("shared-role"))).isEqualTo(TestDesigns.text("shared-role"));
    }

    @Test
    void aVersionFourReaderWouldRefuseTheFileByItsVersion() throws InputException {
        Design design = DesignReader.read(TestDesigns.text("shared-role-ou"), "shared-role-ou.json");

        assertThat(design.formatVersion()).isGreaterThan(Design.SHARED_FORMAT_VERSION);
        assertThat(Design.NEWEST_FORMAT_VERSION).isEqualTo(Design.ORG_PATH_FORMAT_VERSION);
    }
}
