package dev.s3grant.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.cli.GenerateCommandTest.Run;
import dev.s3grant.io.DesignFiles;
import dev.s3grant.model.Design;
import dev.s3grant.testing.TestDesigns;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code generate} never writes a broken grant silently: a design with errors is refused, and so is a folder it would leave stale. */
class GenerateRefusalTest {

    @TempDir
    Path temp;

    private Path out;
    private Path broken;

    @BeforeEach
    void designs() throws Exception {
        out = temp.resolve("out");
        Design example = TestDesigns.load("ecs-only");
        broken = temp.resolve("broken.json");
        DesignFiles.save(example.withWriters(List.of(example.writers().get(0).withAccountId("11111111111"))), broken);
    }

    private static Run run(String... args) {
        return GenerateCommandTest.run(args);
    }

    @Test
    void aDesignWithErrorsIsRefusedWithExitOneAndTheErrorsInEnglish() {
        Run r = run("generate", broken.toString(), "--out", out.toString(), "--lang", "en");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("The design has errors, so the exported grant would not work as designed. Nothing was written to "
                + out + ". Fix these first:\n"
                + "ERROR S3G-001 writers[0].accountId: \"11111111111\" is not an AWS account ID. An account ID is exactly 12 digits, "
                + "leading zeros included.\n");
        assertThat(out).doesNotExist();
    }

    @Test
    void anAcceptedErrorIsStillRefused() throws Exception {
        Design example = TestDesigns.load("ecs-only");
        Path accepted = temp.resolve("accepted.json");
        DesignFiles.save(example.withWriters(List.of(example.writers().get(0).withAccountId("11111111111")))
                .withAcceptedFindings(List.of(new dev.s3grant.model.AcceptedFinding("S3G-001", "writers[0].accountId",
                        "A placeholder."))), accepted);

        Run r = run("generate", accepted.toString(), "--out", out.toString(), "--lang", "en");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("ERROR S3G-001 writers[0].accountId: ");
        assertThat(out).doesNotExist();
    }

    @Test
    void aDesignWithErrorsIsRefusedInJapanese() {
        Run r = run("generate", broken.toString(), "--out", out.toString(), "--lang", "ja");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("設計にエラーがあるため、エクスポートしても設計どおりには機能しません。" + out
                + " には何も書き込んでいません。先に次のエラーを修正してください。\n"
                + "ERROR S3G-001 writers[0].accountId: 「11111111111」は AWS アカウント ID ではありません。アカウント ID は、先頭のゼロも含めて 12 桁の数字です。\n");
    }

    @Test
    void theErrorsArePrintedAsValidatePrintsThem() {
        Run generate = run("generate", broken.toString(), "--out", out.toString(), "--lang", "en");
        Run validate = run("validate", broken.toString(), "--lang", "en");

        List<String> errors = validate.out().lines().filter(l -> l.startsWith("ERROR ")).toList();
        assertThat(errors).isNotEmpty();
        assertThat(generate.err().lines().skip(1).toList()).isEqualTo(errors);
    }

    @Test
    void aRefusedDesignLeavesAnExportedFolderAsItWas() throws IOException {
        assertThat(run("generate", TestDesigns.file("ecs-only").toString(), "--out", out.toString()).exit()).isZero();
        Map<String, String> before = tree(out);

        Run r = run("generate", broken.toString(), "--out", out.toString(), "--force", "--prune");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(tree(out)).isEqualTo(before);
    }

    /** Every file below the folder (dot files included) by relative path, with its content. */
    static Map<String, String> tree(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(p).toString().replace('\\', '/'), Files.readString(p));
            }
        }
        return files;
    }
}
