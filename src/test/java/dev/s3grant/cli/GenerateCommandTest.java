package dev.s3grant.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.testing.Golden;
import dev.s3grant.testing.TestDesigns;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class GenerateCommandTest {

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

    @Test
    void generateWritesThePolicyDocumentsOfEveryWriter() throws IOException {
        Path out = temp.resolve("out");
        Run r = run("generate", TestDesigns.file("kms-existing-key").toString(), "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        for (String f : new String[] {"A-trust-policy.json", "A-role-policy.json", "bucket-policy.json", "kms-key-policy.json"}) {
            Golden.assertMatches("policies/kms-existing-key/" + f, Files.readString(out.resolve("policies").resolve(f)));
        }
    }

    @Test
    void generateOfAMissingFileExitsTwoWithOneLine() {
        Run r = run("generate", temp.resolve("missing.json").toString(), "--out", temp.resolve("o").toString(), "--lang", "en");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo(temp.resolve("missing.json") + " does not exist. Check the path.");
        assertThat(r.err().lines()).hasSize(1);
    }

    @Test
    void generateOfABrokenDesignNamesLineAndColumnInJapanese() throws IOException {
        Path design = temp.resolve("broken.json");
        Files.writeString(design, "{\n  \"bucket\": 1\n}\n");
        Run r = run("generate", design.toString(), "--out", temp.resolve("o").toString(), "--lang", "ja");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo(design + ":1:1: 必須フィールド bucketOwner がありません。設計ファイルに追加してください。");
        assertThat(temp.resolve("o")).doesNotExist();
    }

    @Test
    void generateRefusesAnOutputPathThatIsAFile() throws IOException {
        Path file = Files.writeString(temp.resolve("taken"), "x");
        Run r = run("generate", TestDesigns.file("ecs-only").toString(), "--out", file.toString(), "--lang", "en");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("is a file, but the output must be a folder");
        assertThat(Files.readString(file)).isEqualTo("x");
    }

    @Test
    void generateRefusesToOverwriteChangedFilesUnlessForced() throws IOException {
        Path out = temp.resolve("out");
        assertThat(run("generate", TestDesigns.file("ecs-only").toString(), "--out", out.toString()).exit()).isZero();
        Path bucket = out.resolve("policies/bucket-policy.json");
        Files.writeString(bucket, "{}\n");
        Run refused = run("generate", TestDesigns.file("ecs-only").toString(), "--out", out.toString(), "--lang", "en");
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("policies/bucket-policy.json");
        assertThat(Files.readString(bucket)).isEqualTo("{}\n");
        Run forced = run("generate", TestDesigns.file("ecs-only").toString(), "--out", out.toString(), "--force");
        assertThat(forced.exit()).isZero();
        assertThat(Files.readString(out.resolve("policies/bucket-policy.json.bak"))).isEqualTo("{}\n");
        assertThat(Files.readString(bucket)).startsWith("{\n  \"Version\": \"2012-10-17\"");
    }

    @Test
    void everyCommandHasHelpAndTheRootHasVersion() {
        assertThat(run("--version").out()).startsWith("s3grant ");
        for (CommandLine sub : S3GrantCommand.commandLine().getSubcommands().values()) {
            Run help = run(sub.getCommandName(), "--help");
            assertThat(help.exit()).as(sub.getCommandName()).isZero();
            assertThat(help.out()).as(sub.getCommandName()).startsWith("Usage: s3grant " + sub.getCommandName());
        }
    }

    @Test
    void theDesignShownInTheReadmeGenerates() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("```json\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(m.find()).as("README has a json design").isTrue();
        Path design = Files.writeString(temp.resolve("readme-design.json"), m.group(1));
        Run r = run("generate", design.toString(), "--out", temp.resolve("out").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(temp.resolve("out/policies/kms-key-policy.json")).exists();
    }
}
