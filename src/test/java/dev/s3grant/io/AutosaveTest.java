package dev.s3grant.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.s3grant.model.Design;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutosaveTest {

    @TempDir
    Path dir;

    private Autosave autosave() {
        return new Autosave(dir.resolve("data"));
    }

    @Test
    void nothingIsThereUntilTheFirstWrite() throws InputException {
        assertThat(autosave().exists()).isFalse();
        assertThat(autosave().read()).isEmpty();
    }

    @Test
    void aWrittenDesignReadsBackWithTheFileItBelongsTo() throws InputException {
        Design edited = DesignFiles.example().withRegion("eu-west-1");
        Path source = dir.resolve("grant.json");

        autosave().write(edited, Optional.of(source));

        Autosave.Autosaved read = autosave().read().orElseThrow();
        assertThat(read.design()).isEqualTo(edited);
        assertThat(read.source()).contains(source.toAbsolutePath());
        assertThat(read.savedAt()).isAfter(java.time.Instant.EPOCH);
        assertThat(autosave().file()).isEqualTo(dir.resolve("data").resolve("autosave.json"));
        assertThat(DesignFiles.load(autosave().file())).isEqualTo(edited);
    }

    @Test
    void aDesignWithoutAFileForgetsTheFileOfAnEarlierWrite() throws InputException {
        autosave().write(DesignFiles.example(), Optional.of(dir.resolve("old.json")));
        autosave().write(DesignFiles.example(), Optional.empty());

        assertThat(autosave().read().orElseThrow().source()).isEmpty();
    }

    @Test
    void writingLeavesNoTemporaryFileBehind() throws Exception {
        autosave().write(DesignFiles.example(), Optional.of(dir.resolve("a.json")));
        autosave().write(DesignFiles.example().withRegion("us-east-1"), Optional.of(dir.resolve("a.json")));

        try (Stream<Path> files = Files.list(dir.resolve("data"))) {
            assertThat(files.map(p -> p.getFileName().toString()).toList())
                    .containsExactlyInAnyOrder("autosave.json", "autosave.source");
        }
    }

    @Test
    void deleteRemovesTheDesignAndItsSource() throws Exception {
        autosave().write(DesignFiles.example(), Optional.of(dir.resolve("a.json")));

        autosave().delete();

        assertThat(autosave().exists()).isFalse();
        try (Stream<Path> files = Files.list(dir.resolve("data"))) {
            assertThat(files).isEmpty();
        }
        autosave().delete();
    }

    @Test
    void aBrokenAutosaveIsReportedAndCanBeSetAsideSoItIsNotOfferedAgain() throws Exception {
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(autosave().file(), "{ \"formatVersion\": 1,");

        assertThatThrownBy(() -> autosave().read()).isInstanceOf(InputException.class);
        autosave().setAside();

        assertThat(autosave().exists()).isFalse();
        assertThat(dir.resolve("data").resolve("autosave.broken.json")).hasContent("{ \"formatVersion\": 1,");
    }

    @Test
    void eachSystemKeepsItInItsApplicationDataFolder() {
        Map<String, String> env = Map.of("APPDATA", "C:\\Users\\kenji\\AppData\\Roaming");
        assertThat(Autosave.userDataFolder("Windows 11", env::get, "C:\\Users\\kenji"))
                .isEqualTo(Path.of("C:\\Users\\kenji\\AppData\\Roaming", "S3GrantDesigner"));
        assertThat(Autosave.userDataFolder("Mac OS X", name -> null, "/Users/kenji"))
                .isEqualTo(Path.of("/Users/kenji/Library/Application Support/S3GrantDesigner"));
        assertThat(Autosave.userDataFolder("Linux", Map.of("XDG_DATA_HOME", "/data/kenji")::get, "/home/kenji"))
                .isEqualTo(Path.of("/data/kenji/s3grant-designer"));
        assertThat(Autosave.userDataFolder("Linux", name -> null, "/home/kenji"))
                .isEqualTo(Path.of("/home/kenji/.local/share/s3grant-designer"));
        assertThat(Autosave.userDataFolder("Linux", Map.of("XDG_DATA_HOME", "relative")::get, "/home/kenji"))
                .as("the XDG specification ignores a relative XDG_DATA_HOME")
                .isEqualTo(Path.of("/home/kenji/.local/share/s3grant-designer"));
    }

    @Test
    void theFolderPropertyOverridesTheDefault() {
        String before = System.getProperty(Autosave.FOLDER_PROPERTY);
        System.setProperty(Autosave.FOLDER_PROPERTY, dir.toString());
        try {
            assertThat(Autosave.inUserDataFolder().folder()).isEqualTo(dir);
        } finally {
            if (before == null) {
                System.clearProperty(Autosave.FOLDER_PROPERTY);
            } else {
                System.setProperty(Autosave.FOLDER_PROPERTY, before);
            }
        }
    }

    @Test
    void onlyOneProcessAtATimeCanClaimTheAutosaveAndReleasingLetsTheNextOne() {
        Autosave first = autosave();
        Autosave second = autosave();

        assertThat(first.claim()).isTrue();
        assertThat(first.claim()).as("claiming again is harmless").isTrue();
        assertThat(second.claim()).isFalse();
        first.release();
        assertThat(second.claim()).isTrue();
        second.release();
    }
}
