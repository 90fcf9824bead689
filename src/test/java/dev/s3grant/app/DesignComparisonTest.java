package dev.s3grant.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.diff.AccessChange;
import dev.s3grant.diff.ChangeKind;
import dev.s3grant.diff.ChangeLabel;
import dev.s3grant.diff.DiffResult;
import dev.s3grant.diff.ElementChange;
import dev.s3grant.diff.FileDiff;
import dev.s3grant.diff.FilePresence;
import dev.s3grant.io.DesignFiles;
import dev.s3grant.io.ExistingTerraform;
import dev.s3grant.io.ExportPlan;
import dev.s3grant.io.FolderExporter;
import dev.s3grant.model.Design;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DesignComparisonTest {

    static final Path ORIGINAL_B = Path.of("src/test/resources/diff/original/account_B.tf");

    @TempDir
    Path dir;

    private static List<OutputFile> exampleFiles() {
        return GrantDesigner.artifacts(DesignFiles.example()).files();
    }

    private static Map<String, String> contents(Design design) {
        Map<String, String> files = new LinkedHashMap<>();
        GrantDesigner.artifacts(design).files().forEach(f -> files.put(f.relativePath(), f.content()));
        return files;
    }

    @Test
    void againstAFolderEveryGeneratedTfFileTakesPartAndTheOriginalBucketPolicyLosesPutObjectAcl() throws Exception {
        Files.copy(ORIGINAL_B, dir.resolve("account_B.tf"));

        DiffResult result = DesignComparison.against(exampleFiles(), ExistingTerraform.read(dir));

        assertThat(result.files()).extracting(FileDiff::path).containsExactly("account_A.tf", "account_B.tf", "variables.tf");
        assertThat(result.file("account_A.tf").orElseThrow().presence()).isEqualTo(FilePresence.NEW_ONLY);
        FileDiff b = result.file("account_B.tf").orElseThrow();
        assertThat(b.oldName()).isEqualTo(dir.resolve("account_B.tf").toString());
        assertThat(b.newName()).isEqualTo("generated/account_B.tf");
        assertThat(b.label()).isEqualTo(ChangeLabel.ACCESS_CHANGED);
        List<AccessChange> access = b.blocks().stream()
                .filter(block -> block.address().equals("resource.aws_s3_bucket_policy.main"))
                .findFirst().orElseThrow().access();
        assertThat(access).anySatisfy(c -> assertThat(c.actions()).contains(new ElementChange("s3:PutObjectAcl", ChangeKind.REMOVED)));
    }

    @Test
    void againstASingleFileOnlyTheGeneratedFileOfTheSameNameTakesPart() throws Exception {
        DiffResult result = DesignComparison.against(exampleFiles(), ExistingTerraform.read(ORIGINAL_B));

        assertThat(result.files()).extracting(FileDiff::path).containsExactly("account_B.tf");
        assertThat(result.files().get(0).presence()).isEqualTo(FilePresence.BOTH);
    }

    @Test
    void againstTheDesignsOwnExportEverythingIsIdentical() throws Exception {
        FolderExporter.export(dir, "test", contents(DesignFiles.example()), false, false);

        assertThat(DesignComparison.against(exampleFiles(), ExistingTerraform.read(dir)).identicalInMeaning()).isTrue();
    }

    @Test
    void twoFilesOfDifferentNamesPairUpUnderTheNewName() throws Exception {
        Path renamed = dir.resolve("bucket.tf");
        Files.copy(ORIGINAL_B, renamed);

        DiffResult result = DesignComparison.between(ORIGINAL_B, renamed);

        assertThat(result.files()).extracting(FileDiff::path).containsExactly("bucket.tf");
        assertThat(result.files().get(0).presence()).isEqualTo(FilePresence.BOTH);
        assertThat(result.identicalInMeaning()).isTrue();
    }

    @Test
    void twoFoldersPairUpByFileName() throws Exception {
        Path old = Files.createDirectory(dir.resolve("old"));
        Path now = Files.createDirectory(dir.resolve("new"));
        FolderExport.export(old, "test", contents(DesignStore.example()), false, false);
        Files.copy(ORIGINAL_B, now.resolve("account_B.tf"));

        DiffResult result = DesignComparison.between(old, now);

        assertThat(DesignComparison.isFolder(old)).isTrue();
        assertThat(DesignComparison.isFolder(ORIGINAL_B)).isFalse();
        assertThat(result.file("account_A.tf").orElseThrow().presence()).isEqualTo(FilePresence.OLD_ONLY);
        assertThat(result.file("account_B.tf").orElseThrow().label()).isEqualTo(ChangeLabel.ACCESS_CHANGED);
    }

    @Test
    void theOverwritesOfAnExportAreTheChangedFilesWithTheirAccessChanges() throws Exception {
        FolderExporter.export(dir, "test", contents(DesignFiles.example()), false, false);
        Design design = DesignFiles.example().withBucket(DesignFiles.example().bucket().withName("other-bucket"));
        Map<String, String> files = contents(design);
        ExportPlan plan = FolderExporter.plan(dir, files);

        DiffResult result = DesignComparison.overwrites(dir, plan, files);

        assertThat(result.files()).extracting(FileDiff::path).containsExactlyInAnyOrderElementsOf(plan.changed());
        assertThat(plan.changed()).contains("policies/bucket-policy.json", "terraform.tfvars");
        FileDiff policy = result.file("policies/bucket-policy.json").orElseThrow();
        assertThat(policy.oldName()).isEqualTo(dir.resolve("policies/bucket-policy.json").toString());
        assertThat(policy.label()).isEqualTo(ChangeLabel.ACCESS_CHANGED);
        assertThat(policy.blocks()).singleElement().satisfies(b -> assertThat(b.access()).isNotEmpty());
        assertThat(result.file("terraform.tfvars").orElseThrow().label()).isEqualTo(ChangeLabel.CHANGED);
    }
}
