package dev.s3grant.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code explain --file}: its exit codes and messages beside the golden outputs. */
class ExplainFileCommandTest {

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

    @Test
    void aJsonFileThatIsNoPolicyExitsTwoAndSaysSoInJapanese() throws Exception {
        Path file = dir.resolve("design.json");
        Files.writeString(file, "{\"formatVersion\": 1}\n", StandardCharsets.UTF_8);
        assertThat(run("explain", "--file", file.toString(), "--lang", "ja")).isEqualTo(2);
        assertThat(err.toString()).contains("design.json:1:2: 不明なメンバー formatVersion があります。");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aTfFileWithoutPoliciesExitsTwo() throws Exception {
        Path file = dir.resolve("main.tf");
        Files.writeString(file, "resource \"aws_s3_bucket\" \"b\" {\n  bucket = \"b\"\n}\n", StandardCharsets.UTF_8);
        assertThat(run("explain", "--file", file.toString(), "--lang", "en")).isEqualTo(2);
        assertThat(err.toString()).contains("holds no IAM policy document");
    }

    @Test
    void severalFilesAreExplainedInTheirOrderUnderOneTitle() {
        assertThat(run("explain", "--file", "src/test/resources/explain-any/key-policy.json",
                "src/test/resources/explain-any/trust-policy.json", "--lang", "en", "--format", "text")).isZero();
        String text = out.toString();
        assertThat(text).startsWith("Explanation of the policies in key-policy.json, trust-policy.json\n")
                .doesNotContain("**", "```");
        assertThat(text.indexOf("key-policy.json: Key policy")).isLessThan(text.indexOf("trust-policy.json: Trust policy"));
    }

    @Test
    void aDesignAndFilesTogetherOrJsonForADesignAreUsageErrors() throws Exception {
        assertThat(run("explain")).isEqualTo(2);
        assertThat(run("explain", "design.json", "--file", "src/test/resources/explain-any/key-policy.json")).isEqualTo(2);
        assertThat(run("explain", "design.json", "--format", "json")).isEqualTo(2);
    }
}
