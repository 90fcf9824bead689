package dev.s3grant.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.io.DesignFiles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExplainCommandTest {

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
    void japaneseMarkdownOfTheExampleIsTheDocumentInDocs() throws Exception {
        int code = run("explain", example().toString(), "--lang", "ja");
        assertThat(code).isEqualTo(0);
        assertThat(out.toString()).isEqualTo(Files.readString(Path.of("docs", "explain-example.ja.md"), StandardCharsets.UTF_8));
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void englishMarkdownHasASectionNamingEverySidAndResource() throws Exception {
        assertThat(run("explain", example().toString(), "--lang", "en", "--format", "markdown")).isEqualTo(0);
        assertThat(out.toString()).contains("## Overview", "### `TrustEcs`", "### `AllowPutObjects`", "### `AllowPutFromA`",
                "### `DenyInsecureTransport`", "### `aws_iam_role.writer_a`", "### `aws_iam_role_policy.writer_a`",
                "### `aws_s3_bucket.main`", "### `aws_s3_bucket_policy.main`");
    }

    @Test
    void textFormatPrintsPlainSections() throws Exception {
        assertThat(run("explain", example().toString(), "--lang", "en", "--format", "text")).isEqualTo(0);
        assertThat(out.toString()).startsWith("Explanation of the grant ecs-to-central-ingest\n")
                .contains("[AllowPutFromA]", "[aws_s3_bucket_policy.main]").doesNotContain("**", "```");
    }

    @Test
    void missingDesignFileExitsWith2AndSaysSoInTheChosenLanguage() {
        Path missing = dir.resolve("nope.json");
        assertThat(run("explain", missing.toString(), "--lang", "ja")).isEqualTo(2);
        assertThat(err.toString()).contains(missing.toString(), "見つかりません");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void brokenJsonExitsWith2WithThePosition() throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\n  \"formatVersion\": 1,\n  \"name\": \n}\n");
        assertThat(run("explain", broken.toString(), "--lang", "en")).isEqualTo(2);
        assertThat(err.toString()).startsWith(broken + ":4:1: ");
    }

    @Test
    void unknownFormatExitsWith2() throws Exception {
        assertThat(run("explain", example().toString(), "--format", "html")).isEqualTo(2);
        assertThat(err.toString()).contains("--format", "html");
        assertThat(out.toString()).isEmpty();
    }
}
