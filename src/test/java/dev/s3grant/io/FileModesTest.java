package dev.s3grant.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.model.Design;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Written files get the permissions any new file gets in their folder, and a replaced file keeps
 * its own; only the autosave is private (decision 0014). POSIX file systems only.
 */
class FileModesTest {

    @TempDir
    Path temp;

    @BeforeEach
    void posixOnly() {
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
                "file permissions are POSIX permissions; this file system has none, so there is nothing to check");
    }

    private static Set<PosixFilePermission> mode(Path file) throws IOException {
        return Files.getPosixFilePermissions(file);
    }

    /** What a plain new file gets in {@code folder}: the process's umask applied to rw-rw-rw-. */
    private static Set<PosixFilePermission> newFileMode(Path folder) throws IOException {
        Path probe = Files.createFile(folder.resolve("probe-" + System.nanoTime()));
        try {
            return mode(probe);
        } finally {
            Files.delete(probe);
        }
    }

    private static Map<String, String> files(String version) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("account_A.tf", "# " + version + "\n");
        files.put("policies/bucket-policy.json", "{\"v\": \"" + version + "\"}\n");
        return files;
    }

    @Test
    void exportedFilesGetTheModeOfANewFileInThatFolder() throws Exception {
        FolderExporter.export(temp, "d", files("one"), false, false);

        Set<PosixFilePermission> expected = newFileMode(temp);
        assertThat(mode(temp.resolve("account_A.tf"))).isEqualTo(expected);
        assertThat(mode(temp.resolve("policies/bucket-policy.json"))).isEqualTo(newFileMode(temp.resolve("policies")));
        assertThat(mode(temp.resolve(ExportManifest.FILE_NAME))).isEqualTo(expected);
    }

    @Test
    void anOverwrittenFileKeepsItsModeAndItsBakCopiesIt() throws Exception {
        FolderExporter.export(temp, "d", files("one"), false, false);
        Path tf = temp.resolve("account_A.tf");
        Set<PosixFilePermission> rw_r_____ = PosixFilePermissions.fromString("rw-r-----");
        Files.setPosixFilePermissions(tf, rw_r_____);

        FolderExporter.export(temp, "d", files("two"), true, false);

        assertThat(Files.readString(tf)).isEqualTo("# two\n");
        assertThat(mode(tf)).isEqualTo(rw_r_____);
        assertThat(mode(temp.resolve("account_A.tf.bak"))).isEqualTo(rw_r_____);
    }

    @Test
    void aReadOnlyFileIsStillReplacedAndStaysReadOnly() throws Exception {
        FolderExporter.export(temp, "d", files("one"), false, false);
        Path tf = temp.resolve("account_A.tf");
        Set<PosixFilePermission> readOnly = PosixFilePermissions.fromString("r--r--r--");
        Files.setPosixFilePermissions(tf, readOnly);

        FolderExporter.export(temp, "d", files("two"), true, false);

        assertThat(Files.readString(tf)).isEqualTo("# two\n");
        assertThat(mode(tf)).isEqualTo(readOnly);
    }

    @Test
    void aPrunedFilesBakKeepsItsMode() throws Exception {
        Map<String, String> two = files("one");
        two.put("account_A2.tf", "# A2\n");
        FolderExporter.export(temp, "d", two, false, false);
        Set<PosixFilePermission> rw_r_____ = PosixFilePermissions.fromString("rw-r-----");
        Files.setPosixFilePermissions(temp.resolve("account_A2.tf"), rw_r_____);

        FolderExporter.export(temp, "d", files("one"), false, true);

        assertThat(temp.resolve("account_A2.tf")).doesNotExist();
        assertThat(mode(temp.resolve("account_A2.tf.bak"))).isEqualTo(rw_r_____);
    }

    @Test
    void aSavedDesignGetsTheModeOfANewFileAndKeepsAChangedOne() throws Exception {
        Path file = temp.resolve("design.json");
        Design example = DesignFiles.example();
        DesignFiles.save(example, file);
        assertThat(mode(file)).isEqualTo(newFileMode(temp));

        Set<PosixFilePermission> rw_______ = PosixFilePermissions.fromString("rw-------");
        Files.setPosixFilePermissions(file, rw_______);
        DesignFiles.save(example.withName("renamed"), file);
        assertThat(mode(file)).isEqualTo(rw_______);
    }

    @Test
    void theAutosaveIsReadableByTheUserAlone() throws Exception {
        Autosave autosave = new Autosave(temp.resolve("data"));

        autosave.write(DesignFiles.example(), Optional.of(temp.resolve("design.json")));

        Set<PosixFilePermission> rw_______ = PosixFilePermissions.fromString("rw-------");
        assertThat(mode(autosave.file())).isEqualTo(rw_______);
        assertThat(mode(temp.resolve("data").resolve(Autosave.SOURCE_FILE))).isEqualTo(rw_______);
    }
}
