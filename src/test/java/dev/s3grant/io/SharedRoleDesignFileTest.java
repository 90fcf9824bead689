package dev.s3grant.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.model.Design;
import dev.s3grant.model.PrincipalStyle;
import dev.s3grant.testing.TestDesigns;
import org.junit.jupiter.api.Test;

/** A design in the shared-role style is written as format version 4; every other design keeps its version. */
class SharedRoleDesignFileTest {

    @Test
    void theSharedRoleStyleIsWrittenAsVersionFourAndReadBackByteForByte() throws InputException {
        String text = TestDesigns.text("shared-role");

        Design design = DesignReader.read(text, "shared-role.json");

        assertThat(design.options().principalStyle()).isEqualTo(PrincipalStyle.SHARED_ROLE);
        assertThat(design.formatVersion()).isEqualTo(4);
        assertThat(DesignWriter.write(design)).isEqualTo(text).contains("\"formatVersion\": 4,")
                .contains("\"principalStyle\": \"SHARED_ROLE\"");
    }

    @Test
    void leavingTheSharedRoleStyleGoesBackToTheVersionTheContentNeeds() {
        Design design = TestDesigns.load("shared-role");

        Design perWriter = design.withOptions(design.options().withPrincipalStyle(PrincipalStyle.ACCOUNT_WITH_ROLE_CONDITION));

        assertThat(DesignWriter.write(perWriter)).contains("\"formatVersion\": 1,");
        assertThat(DesignFiles.example().formatVersion()).isEqualTo(1);
    }
}
