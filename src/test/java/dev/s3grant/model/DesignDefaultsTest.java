package dev.s3grant.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DesignDefaultsTest {

    @Test
    void aBlankDesignHasTheSafeDefaultsAndOneEcsWriterA() {
        assertThat(DesignDefaults.blankDesign()).isEqualTo(new Design(1, "new-grant", Partition.AWS, "us-east-1", "",
                new BucketOwner("B", "", ""),
                new Bucket("", true, List.of(), ObjectOwnership.BucketOwnerEnforced, true, true,
                        new Encryption(EncryptionType.SSE_S3, "", false, true), true),
                List.of(new Writer("A", "", "", "/", new Principals(PrincipalMode.ECS_ONLY, List.of()), true, false, "")),
                new Options(PrincipalStyle.ACCOUNT_WITH_ROLE_CONDITION, true, true, TerraformStyle.JSONENCODE,
                        TerraformValues.VARIABLES)));
    }

    @Test
    void aNewWriterIsEcsOnlyWithAbortAllowedTaggingNotAndNothingTheUserKnows() {
        assertThat(DesignDefaults.newWriter("A3")).isEqualTo(
                new Writer("A3", "", "", "/", new Principals(PrincipalMode.ECS_ONLY, List.of()), true, false, ""));
    }

    @Test
    void writerAliasesCountFromAThenA2() {
        assertThat(List.of(DesignDefaults.writerAlias(0), DesignDefaults.writerAlias(1), DesignDefaults.writerAlias(9)))
                .containsExactly("A", "A2", "A10");
    }

    @Test
    void theRecordsShortcutsAreTheDefaults() {
        assertThat(Options.defaults()).isEqualTo(DesignDefaults.blankDesign().options());
        assertThat(Encryption.sseS3()).isEqualTo(DesignDefaults.blankDesign().bucket().encryption());
        assertThat(Principals.ecsOnly()).isEqualTo(DesignDefaults.newWriter("A").principals());
    }
}
