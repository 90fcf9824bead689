package dev.s3grant.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.analysis.Severity;
import dev.s3grant.io.DesignFiles;
import dev.s3grant.model.Design;
import dev.s3grant.model.DesignDefaults;
import dev.s3grant.model.TerraformStyle;
import dev.s3grant.model.TerraformValues;
import dev.s3grant.model.Writer;
import dev.s3grant.testing.TestDesigns;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class GrantDesignerFilesTest {

    @ParameterizedTest
    @MethodSource("dev.s3grant.testing.TestDesigns#names")
    void theExportContentIsTheFilesAndFindingsOfTheArtifacts(String name) {
        Design design = TestDesigns.load(name);

        ExportContent export = GrantDesigner.export(design);
        DesignArtifacts artifacts = GrantDesigner.artifacts(design);
        assertThat(export.files()).isEqualTo(artifacts.files());
        assertThat(export.findings()).isEqualTo(artifacts.findings());
    }

    @ParameterizedTest
    @EnumSource(TerraformStyle.class)
    void theFilesFollowTheTerraformOptions(TerraformStyle style) {
        Design example = DesignFiles.example();
        Design design = example.withOptions(example.options().withTerraformStyle(style).withTerraformValues(TerraformValues.LITERALS));

        assertThat(GrantDesigner.export(design).files()).isEqualTo(GrantDesigner.artifacts(design).files())
                .extracting(OutputFile::relativePath).doesNotContain("variables.tf", "terraform.tfvars");
    }

    @Test
    void aDesignWithManyWritersGetsTheSameFilesWhenTheTerraformIsWrittenOnASecondCore() {
        Design example = DesignFiles.example();
        List<Writer> writers = new ArrayList<>();
        for (int i = 0; i < GrantDesigner.SECOND_CORE_FROM_WRITERS + 4; i++) {
            writers.add(example.writers().get(0).withAlias(DesignDefaults.writerAlias(i))
                    .withAccountId(String.format(Locale.ROOT, "%012d", 100_000_000_000L + i)));
        }
        Design design = example.withWriters(writers);

        DesignArtifacts artifacts = GrantDesigner.artifacts(design);

        assertThat(artifacts.files()).isEqualTo(GrantDesigner.export(design).files())
                .filteredOn(f -> f.relativePath().startsWith("account_")).hasSize(writers.size() + 1);
        assertThat(artifacts.accessMatrix().allMatch()).isTrue();
    }

    @Test
    void theErrorsOfTheExportContentAreItsErrorFindingsOnly() {
        Design example = DesignFiles.example();
        Design broken = example.withWriters(List.of(example.writers().get(0).withAccountId("11111111111")));

        assertThat(GrantDesigner.export(example).errors()).isEmpty();
        assertThat(GrantDesigner.export(broken).errors()).isNotEmpty()
                .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR))
                .extracting(f -> f.location().text()).contains("writers[0].accountId");
    }

    @Test
    void theExampleWritesItsPoliciesThenItsTerraform() {
        assertThat(GrantDesigner.export(DesignFiles.example()).files()).extracting(OutputFile::relativePath).containsExactly(
                "policies/A-trust-policy.json", "policies/A-role-policy.json", "policies/bucket-policy.json",
                "account_A.tf", "account_B.tf", "variables.tf", "terraform.tfvars");
    }
}
