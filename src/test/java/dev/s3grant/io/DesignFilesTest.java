package dev.s3grant.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.s3grant.app.ProblemText;
import dev.s3grant.model.Language;
import dev.s3grant.testing.TestDesigns;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DesignFilesTest {

    @TempDir
    Path temp;

    private String refusal(Path file, Language language) {
        InputException e = catchThrowableOfType(InputException.class, () -> DesignFiles.load(file));
        assertThat(e).as("%s should be refused", file).isNotNull();
        return ProblemText.describe(e.problem(), language);
    }

    @Test
    void emptyFileIsRefused() throws IOException {
        Path f = Files.writeString(temp.resolve("empty.json"), "  \n");
        assertThat(refusal(f, Language.EN)).startsWith(f + " is empty.");
    }

    @Test
    void binaryFileIsRefused() throws IOException {
        Path f = Files.write(temp.resolve("image.json"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2});
        assertThat(refusal(f, Language.EN)).isEqualTo(f + " is a binary file, not text. Check that you chose the right file.");
    }

    @Test
    void latin1FileIsRefusedAsNotUtf8() throws IOException {
        Path f = Files.write(temp.resolve("latin1.json"), "{\"name\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(refusal(f, Language.JA)).isEqualTo(f + " は UTF-8 のテキストではありません。UTF-8 で保存し直してください。");
    }

    @Test
    void fileOverTenMegabytesIsRefusedWithoutReadingIt() throws IOException {
        Path f = temp.resolve("huge.json");
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(DesignFiles.MAX_BYTES + 1);
        }
        assertThat(refusal(f, Language.EN)).startsWith(f + " is larger than 10 MB");
    }

    @Test
    void folderWhereAFileIsExpectedIsRefused() {
        assertThat(refusal(temp, Language.EN)).isEqualTo(temp + " is a folder, but a file is expected here.");
    }

    @Test
    void missingFileIsRefused() {
        Path f = temp.resolve("nope.json");
        assertThat(refusal(f, Language.EN)).isEqualTo(f + " does not exist. Check the path.");
    }

    @Test
    void utf8ByteOrderMarkIsAccepted() throws IOException, InputException {
        Path f = Files.writeString(temp.resolve("bom.json"), "\uFEFF" + TestDesigns.text("ecs-only"));
        assertThat(DesignFiles.load(f)).isEqualTo(TestDesigns.load("ecs-only"));
    }

    @Test
    void saveThenLoadGivesTheSameDesignAndBytes() throws InputException, IOException {
        Path f = temp.resolve("sub/saved.json");
        DesignFiles.save(TestDesigns.load("three-writers"), f);
        assertThat(Files.readString(f)).isEqualTo(TestDesigns.text("three-writers"));
        assertThat(DesignFiles.load(f)).isEqualTo(TestDesigns.load("three-writers"));
        try (var listing = Files.list(f.getParent())) {
            assertThat(listing).as("no temporary file is left behind").containsExactly(f);
        }
    }

    @Test
    void saveIntoAPathBelowAFileFailsCleanly() throws IOException {
        Path file = Files.writeString(temp.resolve("plain"), "x");
        InputException e = catchThrowableOfType(InputException.class,
                () -> DesignFiles.save(TestDesigns.load("ecs-only"), file.resolve("design.json")));
        assertThat(e).isNotNull();
        assertThat(ProblemText.describe(e.problem(), Language.EN)).startsWith(file.resolve("design.json") + " could not be written:");
        assertThat(Files.readString(file)).isEqualTo("x");
    }
}
