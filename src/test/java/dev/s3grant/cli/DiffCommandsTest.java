package dev.s3grant.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.s3grant.app.GrantDesigner;
import dev.s3grant.app.OutputFile;
import dev.s3grant.testing.TestDesigns;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DiffCommandsTest {

    static final Path ORIGINAL_B = Path.of("src/test/resources/diff/original/account_B.tf");
    static final Path GENERATED_STYLE_B = Path.of("src/test/resources/diff/cases/account_B-generated-style.tf");

    @TempDir
    Path temp;

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = S3GrantCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    Path folder(String name, String... namesAndTexts) throws IOException {
        Path folder = Files.createDirectories(temp.resolve(name));
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            Files.writeString(folder.resolve(namesAndTexts[i]), namesAndTexts[i + 1], StandardCharsets.UTF_8);
        }
        return folder;
    }

    @Test
    void compareOfTheSameFileExitsZero() {
        Run r = run("compare", ORIGINAL_B.toString(), ORIGINAL_B.toString(), "--lang", "en");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("Summary of changes in meaning\naccount_B.tf: no changes\nIdentical in meaning.\n");
    }

    @Test
    void compareOfAFormattingChangeExitsZeroAndShowsTheUnifiedDiff() throws IOException {
        Path old = folder("old", "main.tf", "variable \"x\" {\n  type = string\n}\n");
        Path now = folder("new", "main.tf", "variable \"x\" {\n  type    = string # the name\n}\n");

        Run r = run("compare", old.toString(), now.toString(), "--lang", "en");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("--- " + old.resolve("main.tf") + "\n+++ " + now.resolve("main.tf") + "\n@@ -1,3 +1,3 @@\n")
                .contains("-  type = string\n+  type    = string # the name\n")
                .contains("  ~ variable.x: formatting only\n")
                .endsWith("Identical in meaning.\n");
        assertThat(run("compare", old.toString(), now.toString(), "--ignore-formatting", "--lang", "en").out())
                .isEqualTo("Summary of changes in meaning\n1 formatting-only changes hidden.\nIdentical in meaning.\n");
    }

    @Test
    void compareOfTwoFilesWithAccessChangesExitsOneAndReportsThemInJson() throws IOException {
        Run r = run("compare", ORIGINAL_B.toString(), GENERATED_STYLE_B.toString(), "--format", "json");

        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("identicalInMeaning").asBoolean()).isFalse();
        JsonNode file = json.get("files").get(0);
        assertThat(file.get("path").asText()).isEqualTo("account_B-generated-style.tf");
        assertThat(file.get("old").asText()).isEqualTo(ORIGINAL_B.toString());
        JsonNode policy = file.get("blocks").get(1);
        assertThat(policy.get("address").asText()).isEqualTo("resource.aws_s3_bucket_policy.main");
        assertThat(policy.get("label").asText()).isEqualTo("access-changed");
        assertThat(policy.get("access").get(0).get("actions").toString())
                .contains("{\"value\":\"s3:PutObjectAcl\",\"change\":\"removed\"}");
    }

    @Test
    void compareListsFilesThatExistOnOneSideOnly() throws IOException {
        Path old = folder("old", "main.tf", "locals {\n  a = 1\n}\n", "old.tf", "output \"o\" {\n  value = 1\n}\n");
        Path now = folder("new", "main.tf", "locals {\n  a = 1\n}\n", "new.tf", "output \"n\" {\n  value = 1\n}\n",
                "notes.txt", "not terraform");

        Run r = run("compare", old.toString(), now.toString(), "--lang", "en");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("Only in NEW: new.tf\n  + output.n: added\n")
                .contains("Only in OLD: old.tf\n  - output.o: removed\n")
                .doesNotContain("notes.txt");
    }

    @Test
    void compareOfAFileWithAFolderIsUnusableInput() throws IOException {
        Path folder = folder("f");

        Run r = run("compare", ORIGINAL_B.toString(), folder.toString(), "--lang", "en");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo(ORIGINAL_B + " is a file and " + folder + " is a folder. Give two files or two folders.");
    }

    @Test
    void compareOfAMissingFileExitsTwoInJapanese() {
        Path missing = temp.resolve("missing.tf");

        Run r = run("compare", missing.toString(), ORIGINAL_B.toString(), "--lang", "ja");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(missing.toString());
        assertThat(r.out()).isEmpty();
    }

    @Test
    void compareShowsTheTextDiffAndThePositionOfASyntaxError() throws IOException {
        Path old = folder("old", "main.tf", "resource \"aws_s3_bucket\" \"main\" {\n  bucket = \"a\"\n  tags = {\n}\n");
        Path now = folder("new", "main.tf", "resource \"aws_s3_bucket\" \"main\" {\n  bucket = \"b\"\n}\n");

        Run r = run("compare", old.toString(), now.toString(), "--lang", "en");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("-  bucket = \"a\"\n-  tags = {\n+  bucket = \"b\"\n")
                .contains("  " + old.resolve("main.tf") + ":1:33: syntax error: Unclosed block: no '}' closes this '{'\n");
    }

    @Test
    void compareInJapaneseShowsTheSyntaxErrorInJapaneseWithItsLineAndColumn() throws IOException {
        Path old = folder("old", "main.tf", "resource \"aws_s3_bucket\" \"main\" {\n  bucket = \"a\"\n  tags = {\n}\n");
        Path now = folder("new", "main.tf", "resource \"aws_s3_bucket\" \"main\" {\n  bucket = \"b\"\n}\n");

        Run r = run("compare", old.toString(), now.toString(), "--lang", "ja");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("  " + old.resolve("main.tf")
                + ":1:33: 構文エラー: ブロックが閉じられていません。この '{' を閉じる '}' がありません。\n");
    }

    @Test
    void diffInJapaneseShowsTheSyntaxErrorOfTheExistingFileInJapanese() throws IOException {
        Path existing = folder("existing", "account_B.tf", Files.readString(ORIGINAL_B, StandardCharsets.UTF_8)
                + "\nvariable \"broken\" {\n  default = [1 2]\n}\n");
        int line = (int) Files.readString(ORIGINAL_B, StandardCharsets.UTF_8).lines().count() + 3;

        Run r = run("diff", TestDesigns.file("ecs-only").toString(), "--against", existing.toString(), "--lang", "ja");

        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).contains("  " + existing.resolve("account_B.tf") + ":" + line
                + ":16: 構文エラー: タプルには ',' または ']' が必要ですが、'2' があります。\n");
    }

    @Test
    void theJsonOfASyntaxErrorKeepsTheEnglishMessageAndAddsItsKeyAndArguments() throws IOException {
        Path old = folder("old", "main.tf", "x = [1 2]\n");
        Path now = folder("new", "main.tf", "x = [1, 2]\n");

        Run r = run("compare", old.toString(), now.toString(), "--format", "json", "--lang", "ja");

        JsonNode error = new ObjectMapper().readTree(r.out()).get("files").get(0).get("errors").get(0);
        assertThat(error.toString()).isEqualTo("{\"side\":\"old\",\"line\":1,\"column\":8,"
                + "\"message\":\"Expected ',' or ']' in the tuple, found '2'\","
                + "\"key\":\"hcl.error.expectedTupleSeparator\","
                + "\"arguments\":[{\"key\":\"hcl.found.token\",\"arguments\":[\"2\"]}]}");
    }

    @Test
    void diffOfTheOriginalFolderAgainstTheDesignIsDifferent() throws IOException {
        Path existing = folder("existing", "account_B.tf", Files.readString(ORIGINAL_B, StandardCharsets.UTF_8));

        Run r = run("diff", TestDesigns.file("ecs-only").toString(), "--against", existing.toString(), "--lang", "en");

        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).contains("--- " + existing.resolve("account_B.tf")).endsWith("Different in meaning.\n");
    }

    @Test
    void diffAgainstWhatTheDesignGeneratesIsIdentical() throws IOException {
        Path existing = folder("existing");
        for (OutputFile file : GrantDesigner.artifacts(TestDesigns.load("ecs-only")).files()) {
            if (file.relativePath().endsWith(".tf")) {
                Files.writeString(existing.resolve(file.relativePath()), file.content(), StandardCharsets.UTF_8);
            }
        }

        Run r = run("diff", TestDesigns.file("ecs-only").toString(), "--against", existing.toString(), "--format", "json");

        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(new ObjectMapper().readTree(r.out()).get("identicalInMeaning").asBoolean()).isTrue();
    }

    @Test
    void diffOfABrokenDesignExitsTwo() throws IOException {
        Path design = temp.resolve("broken.json");
        Files.writeString(design, "{");

        Run r = run("diff", design.toString(), "--against", ORIGINAL_B.toString(), "--lang", "en");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith(design.toString());
    }

    @Test
    void anUnknownFormatIsUnusableInput() {
        Run r = run("compare", ORIGINAL_B.toString(), ORIGINAL_B.toString(), "--format", "xml");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--format");
    }
}
