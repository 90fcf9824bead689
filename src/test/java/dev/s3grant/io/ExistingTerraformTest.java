package dev.s3grant.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.model.Message;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExistingTerraformTest {

    @TempDir
    Path dir;

    private static Message messageOf(ThrowingRead read) {
        try {
            read.run();
        } catch (InputException e) {
            return e.problem().message();
        }
        throw new AssertionError("the input should be refused");
    }

    interface ThrowingRead {
        void run() throws InputException;
    }

    @Test
    void aFolderGivesItsTfFilesByNameAndNothingElse() throws Exception {
        Files.writeString(dir.resolve("b.tf"), "# b\n");
        Files.writeString(dir.resolve("a.tf"), "# a\n");
        Files.writeString(dir.resolve("terraform.tfvars"), "x = 1\n");
        Files.writeString(dir.resolve("notes.md"), "hi\n");
        Files.createDirectories(dir.resolve("sub.tf"));
        Files.createDirectories(dir.resolve("modules")).resolve("c.tf").toFile().createNewFile();

        ExistingTerraform read = ExistingTerraform.read(dir);

        assertThat(read.folder()).isTrue();
        assertThat(read.files()).containsOnlyKeys("a.tf", "b.tf");
        assertThat(read.files().get("a.tf").text()).isEqualTo("# a\n");
        assertThat(read.files().get("a.tf").displayName()).isEqualTo(dir.resolve("a.tf").toString());
    }

    @Test
    void aFileGivesItselfByNameAndCanBeKeyedAsAnother() throws Exception {
        Path file = Files.writeString(dir.resolve("main.tf"), "# main\n");

        ExistingTerraform read = ExistingTerraform.read(file);

        assertThat(read.folder()).isFalse();
        assertThat(read.files()).containsOnlyKeys("main.tf");
        assertThat(read.keyedAs("account_B.tf")).containsOnlyKeys("account_B.tf");
        assertThat(read.keyedAs("account_B.tf").get("account_B.tf").text()).isEqualTo("# main\n");
    }

    @Test
    void aMissingPathIsRefusedWithItsName() {
        Path missing = dir.resolve("nowhere");
        Message message = messageOf(() -> ExistingTerraform.read(missing));
        assertThat(message).isEqualTo(Message.of("file.notFound", missing.toString()));
    }

    @Test
    void binaryAndNonUtf8FilesInAFolderAreRefusedNamingTheFile() throws IOException {
        Path binary = Files.write(Files.createDirectories(dir.resolve("bin")).resolve("x.tf"), new byte[] {'a', 0, 'b'});
        assertThat(messageOf(() -> ExistingTerraform.read(binary.getParent())))
                .isEqualTo(Message.of("file.binary", binary.toString()));

        Path latin1 = Files.write(Files.createDirectories(dir.resolve("latin1")).resolve("y.tf"),
                "# café\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(messageOf(() -> ExistingTerraform.read(latin1.getParent())))
                .isEqualTo(Message.of("file.notUtf8", latin1.toString()));
    }

    @Test
    void aFolderWithoutTfFilesGivesNoFiles() throws Exception {
        assertThat(ExistingTerraform.read(dir).files()).isEmpty();
    }

    @Test
    void anUnreadableFileOrFolderIsRefusedAsUnreadable() throws IOException {
        Path file = Files.writeString(dir.resolve("locked.tf"), "# locked\n");
        Path folder = Files.createDirectories(dir.resolve("locked"));
        Files.setPosixFilePermissions(file, java.util.Set.of());
        Files.setPosixFilePermissions(folder, java.util.Set.of());
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(file), "the user reads every file (root)");
            assertThat(messageOf(() -> ExistingTerraform.read(file))).isEqualTo(Message.of("file.unreadable", file.toString()));
            assertThat(messageOf(() -> ExistingTerraform.read(folder))).isEqualTo(Message.of("file.unreadable", folder.toString()));
        } finally {
            Files.setPosixFilePermissions(folder, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        }
    }
}
