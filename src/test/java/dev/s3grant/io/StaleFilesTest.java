package dev.s3grant.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export plan's stale files: only files an earlier export wrote, and only while they hold what it wrote, are removed. */
class StaleFilesTest {

    @TempDir
    Path temp;

    private static Map<String, String> files(String... paths) {
        Map<String, String> files = new LinkedHashMap<>();
        for (String p : paths) {
            files.put(p, "# " + p + "\n");
        }
        return files;
    }

    @Test
    void theFilesAnEarlierExportWroteAndThisOneDoesNotAreStale() throws Exception {
        FolderExporter.export(temp, "d", files("account_A.tf", "account_A2.tf", "policies/A2-role-policy.json"), false, false);

        ExportPlan plan = FolderExporter.plan(temp, files("account_A.tf"));

        assertThat(plan.stale()).containsExactly("account_A2.tf", "policies/A2-role-policy.json");
        assertThat(plan.staleEdited()).isEmpty();
        assertThat(plan.unchanged()).containsExactly("account_A.tf");
    }

    @Test
    void anExportThatWouldLeaveStaleFilesIsRefusedUnlessItPrunes() throws Exception {
        FolderExporter.export(temp, "d", files("account_A.tf", "account_A2.tf"), false, false);

        assertThatThrownBy(() -> FolderExporter.export(temp, "d", files("account_A.tf"), true, false))
                .isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).problem().message().key()).isEqualTo("export.wouldLeaveStale"));
        assertThat(temp.resolve("account_A2.tf")).exists();

        ExportPlan done = FolderExporter.export(temp, "d", files("account_A.tf"), true, true);
        assertThat(done.stale()).containsExactly("account_A2.tf");
        assertThat(temp.resolve("account_A2.tf")).doesNotExist();
        assertThat(Files.readString(temp.resolve("account_A2.tf.bak"))).isEqualTo("# account_A2.tf\n");
        assertThat(FolderExporter.plan(temp, files("account_A.tf")).leavesStaleFiles()).isFalse();
    }

    @Test
    void aStaleFileChangedByHandIsKeptAndStaysReported() throws Exception {
        FolderExporter.export(temp, "d", files("account_A.tf", "account_A2.tf"), false, false);
        Files.writeString(temp.resolve("account_A2.tf"), "# mine now\n");

        ExportPlan done = FolderExporter.export(temp, "d", files("account_A.tf"), true, true);

        assertThat(done.stale()).isEmpty();
        assertThat(done.staleEdited()).containsExactly("account_A2.tf");
        assertThat(Files.readString(temp.resolve("account_A2.tf"))).isEqualTo("# mine now\n");
        assertThat(temp.resolve("account_A2.tf.bak")).doesNotExist();
        assertThat(FolderExporter.plan(temp, files("account_A.tf")).staleEdited()).containsExactly("account_A2.tf");
    }

    @Test
    void aFileTheManifestDoesNotNameIsNeverStale() throws Exception {
        FolderExporter.export(temp, "d", files("account_A.tf"), false, false);
        Files.writeString(temp.resolve("providers.tf"), "# mine\n");
        Files.writeString(temp.resolve("account_A.tf.bak"), "# an old backup\n");

        ExportPlan plan = FolderExporter.plan(temp, files("account_B.tf"));

        assertThat(plan.stale()).containsExactly("account_A.tf");
        assertThat(plan.staleEdited()).isEmpty();
    }

    @Test
    void aManifestNamingFilesOutsideTheFolderIsIgnoredForThoseFiles() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("out"));
        Files.writeString(temp.resolve("outside.tf"), "# x\n");
        String hash = ExportManifest.sha256("# x\n".getBytes(StandardCharsets.UTF_8));
        Files.writeString(folder.resolve(ExportManifest.FILE_NAME), "{\"formatVersion\": 1, \"design\": \"d\", \"files\": {"
                + "\"../outside.tf\": \"" + hash + "\", \"/etc/hosts\": \"" + hash + "\", \"a/./b.tf\": \"" + hash + "\"}}\n");

        ExportPlan plan = FolderExporter.export(folder, "d", files("account_A.tf"), false, true);

        assertThat(plan.leavesStaleFiles()).isFalse();
        assertThat(temp.resolve("outside.tf")).exists();
    }

    @Test
    void aManifestIsReadOnlyInItsOwnFormatAndSkipsWhatItDoesNotKnow() throws Exception {
        String hash = ExportManifest.sha256("# x\n".getBytes(StandardCharsets.UTF_8));
        String files = "\"files\": {\"a.tf\": \"" + hash + "\", \"b.tf\": [\"" + hash + "\"], \"c.tf\": {\"x\": 1}}";
        Files.writeString(temp.resolve(ExportManifest.FILE_NAME), "{\"later\": {\"formatVersion\": 2, \"files\": {}}, \"list\": [1, [2]], "
                + "\"formatVersion\": 1, \"design\": \"d\", " + files + "}\n");
        assertThat(ExportManifest.read(temp)).hasValueSatisfying(m -> {
            assertThat(m.design()).isEqualTo("d");
            assertThat(m.sha256ByPath()).containsOnlyKeys("a.tf");
        });

        Files.writeString(temp.resolve(ExportManifest.FILE_NAME), "{\"formatVersion\": 2, \"design\": \"d\", " + files + "}\n");
        assertThat(ExportManifest.read(temp)).isEmpty();
        Files.writeString(temp.resolve(ExportManifest.FILE_NAME), "{\"formatVersion\": 1.0, \"design\": \"d\", " + files + "}\n");
        assertThat(ExportManifest.read(temp)).isEmpty();
        Files.writeString(temp.resolve(ExportManifest.FILE_NAME), "{\"formatVersion\": 1, \"design\": \"d\", \"files\": [\"a.tf\"]}\n");
        assertThat(ExportManifest.read(temp)).isEmpty();
        Files.writeString(temp.resolve(ExportManifest.FILE_NAME), "[1]\n");
        assertThat(ExportManifest.read(temp)).isEmpty();
    }

    @Test
    void anUnreadableManifestMakesNoFileStaleAndIsReplaced() throws Exception {
        FolderExporter.export(temp, "d", files("account_A.tf", "account_A2.tf"), false, false);
        Files.writeString(temp.resolve(ExportManifest.FILE_NAME), "{ not json");

        ExportPlan plan = FolderExporter.export(temp, "d", files("account_A.tf"), false, true);

        assertThat(plan.leavesStaleFiles()).isFalse();
        assertThat(temp.resolve("account_A2.tf")).exists();
        assertThat(ExportManifest.read(temp)).hasValueSatisfying(m -> assertThat(m.sha256ByPath()).containsOnlyKeys("account_A.tf"));
    }

    @Test
    void aSymbolicLinkIsNeverStale() throws Exception {
        FolderExporter.export(temp, "d", files("account_A.tf", "account_A2.tf"), false, false);
        Path target = Files.writeString(temp.resolve("elsewhere.txt"), "# account_A2.tf\n");
        Files.delete(temp.resolve("account_A2.tf"));
        try {
            Files.createSymbolicLink(temp.resolve("account_A2.tf"), target);
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("this file system has no symbolic links");
        }

        assertThat(FolderExporter.plan(temp, files("account_A.tf")).leavesStaleFiles()).isFalse();
    }

    @Test
    void theManifestNamesTheDesignAndEveryFileWithItsHash() throws Exception {
        FolderExporter.export(temp, "my-grant", files("account_A.tf", "policies/bucket-policy.json"), false, false);

        ExportManifest manifest = ExportManifest.read(temp).orElseThrow();
        assertThat(manifest.design()).isEqualTo("my-grant");
        assertThat(manifest.sha256ByPath()).containsOnlyKeys("account_A.tf", "policies/bucket-policy.json")
                .containsEntry("account_A.tf", ExportManifest.sha256(Files.readAllBytes(temp.resolve("account_A.tf"))));
    }
}
