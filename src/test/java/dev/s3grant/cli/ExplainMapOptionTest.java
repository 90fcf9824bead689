package dev.s3grant.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.io.DesignFiles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code explain DESIGN --map FILE.svg}: the grant map as SVG, in the chosen language, written safely. */
class ExplainMapOptionTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = S3GrantCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    private Path example() throws Exception {
        Path file = dir.resolve("design.json");
        DesignFiles.save(DesignFiles.example(), file);
        return file;
    }

    @Test
    void writesTheMapInTheChosenLanguageBesideTheExplanation() throws Exception {
        Path map = dir.resolve("docs/grant-map.svg");

        assertThat(run("explain", example().toString(), "--lang", "ja", "--map", map.toString())).isEqualTo(0);

        String svg = Files.readString(map, StandardCharsets.UTF_8);
        assertThat(svg).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg ")
                .contains("xml:lang=\"ja\"", ">書き込み元アカウント A</text>", ">凡例</text>");
        assertThat(out.toString()).as("the explanation is printed as without --map").contains("AllowPutFromA");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void replacesAnExistingMapWholeAndLeavesNoTemporaryFile() throws Exception {
        Path map = dir.resolve("map.svg");
        Files.writeString(map, "stale picture");

        assertThat(run("explain", example().toString(), "--lang", "en", "--map", map.toString())).isEqualTo(0);

        assertThat(Files.readString(map)).contains(">Writer account A</text>").doesNotContain("stale picture");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("design.json", "map.svg");
        }
    }

    @Test
    void aFolderAsTheMapFileExitsWith2AndSaysSoInTheChosenLanguage() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("maps"));

        assertThat(run("explain", example().toString(), "--lang", "ja", "--map", folder.toString())).isEqualTo(2);

        assertThat(err.toString()).contains(folder.toString()).contains("フォルダー").doesNotContain("Exception");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aMapFileUnderAFileExitsWith2WithoutAStackTrace() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("plain.txt"), "x");

        assertThat(run("explain", example().toString(), "--lang", "en", "--map", notAFolder.resolve("map.svg").toString()))
                .isEqualTo(2);

        assertThat(err.toString()).contains("map.svg").doesNotContain("\tat ");
        assertThat(Files.readString(notAFolder)).isEqualTo("x");
    }

    @Test
    void mapWithFileInsteadOfADesignIsRefused() throws Exception {
        Path policy = Files.writeString(dir.resolve("p.json"),
                "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}");

        assertThat(run("explain", "--file", policy.toString(), "--map", dir.resolve("m.svg").toString())).isEqualTo(2);

        assertThat(err.toString()).contains("--map needs a design file");
        assertThat(dir.resolve("m.svg")).doesNotExist();
    }

    @Test
    void mapWithAnExtensionOtherThanSvgIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path design = example();

        assertThat(run("explain", design.toString(), "--lang", "en", "--map", dir.resolve("map.png").toString())).isEqualTo(2);

        assertThat(err.toString()).isEqualTo("--map writes SVG only: give a file name ending in .svg (not map.png)." + System.lineSeparator());
        assertThat(out.toString()).as("nothing explained either").isEmpty();
        assertThat(dir.resolve("map.png")).doesNotExist();
    }

    @Test
    void aMapFileWithoutExtensionIsRefusedInTheChosenLanguage() throws Exception {
        assertThat(run("explain", example().toString(), "--lang", "ja", "--map", dir.resolve("map").toString())).isEqualTo(2);

        assertThat(err.toString()).isEqualTo(
                "--map が書き出すのは SVG だけです。.svg で終わるファイル名を指定してください (map は指定できません)。" + System.lineSeparator());
        assertThat(dir.resolve("map")).doesNotExist();
    }

    @Test
    void mapExtensionIsAcceptedInCapitals() throws Exception {
        Path map = dir.resolve("MAP.SVG");

        assertThat(run("explain", example().toString(), "--lang", "en", "--map", map.toString())).isEqualTo(0);

        assertThat(Files.readString(map)).startsWith("<?xml");
    }
}
