package dev.s3grant.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.s3grant.testing.Golden;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code check --against}: existing files checked as they are, in both languages, with exit codes 0, 1 and 2. */
class CheckAgainstCommandTest {

    static final Path ORIGINAL = Path.of("src/test/resources/diff/original");

    @TempDir
    Path temp;

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cli = S3GrantCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** The seed conversation's files in one folder, named as the conversation names them. */
    Path seed() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("seed"));
        Files.copy(ORIGINAL.resolve("account_A.tf"), folder.resolve("account_A.tf"));
        Files.copy(ORIGINAL.resolve("account_B.tf"), folder.resolve("account_B.tf"));
        return folder;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "ja"})
    void theSeedConversationShowsPutObjectAclAndTheMissingGuardsWithExitOne(String lang) throws IOException {
        Run r = run("check", "--against", seed().toString(), "--lang", lang);

        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        Golden.assertMatches("access/existing-seed-" + lang + ".txt", r.out().replace(temp.toString(), "TMP"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "ja"})
    void theTwoAccountsFoldersAreCheckedToFitTogetherWithTheApplyOrder(String lang) throws IOException {
        Path writer = Files.createDirectories(temp.resolve("account-a"));
        Path owner = Files.createDirectories(temp.resolve("account-b"));
        Files.copy(ORIGINAL.resolve("account_A.tf"), writer.resolve("account_A.tf"));
        Files.copy(ORIGINAL.resolve("account_B.tf"), owner.resolve("account_B.tf"));

        Run r = run("check", "--against", owner.toString(), writer.toString(), "--lang", lang);

        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        Golden.assertMatches("access/existing-seed-folders-" + lang + ".txt", r.out().replace(temp.toString(), "TMP"));
    }

    @Test
    void filesThatGrantAsIntendedExitZero() {
        Run r = run("check", "--against", "src/test/resources/golden/terraform/ecs-only/jsonencode-literals");

        assertThat(r.exit()).as(r.out()).isZero();
    }

    @Test
    void theDesignersOwnPolicyFolderChecksAsIntendedAndNamesTheKeyAliasItTookInEitherLanguage() {
        String folder = "src/test/resources/golden/policies/shared-role";
        Run en = run("check", "--against", folder);
        Run ja = run("check", "--against", folder, "--lang", "ja");

        assertThat(en.exit()).as(en.out()).isZero();
        assertThat(en.out()).contains(
                "Writer role arn:aws:iam::333333333333:role/workloads/ingest-writer (declared in C-role-policy.json)",
                "Stand-in: the files do not give the aliases of the bucket's KMS key (aws_kms_alias); it is checked as "
                        + "alias/central-ingest-222222222222");
        assertThat(ja.exit()).as(ja.out()).isZero();
        assertThat(ja.out()).contains("仮の値: バケットの KMS キーのエイリアス (aws_kms_alias) はファイルに書かれていないため、"
                + "alias/central-ingest-222222222222 として確認します");
    }

    @Test
    void theJsonReportNamesEachCauseByKind() throws IOException {
        Run r = run("check", "--against", seed().toString(), "--format", "json");

        JsonNode report = new ObjectMapper().readTree(r.out());
        assertThat(report.get("asIntended").asBoolean()).isFalse();
        assertThat(report.get("rows").findValues("kind")).extracting(JsonNode::asText)
                .containsExactly("ACL_PERMISSION_UNNEEDED");
        assertThat(report.get("findings").findValues("code")).extracting(JsonNode::asText)
                .containsExactly("S3G-007", "S3G-044");
    }

    @Test
    void aPathThatDoesNotExistIsUnusableWithExitTwo() {
        Run r = run("check", "--against", temp.resolve("missing").toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("missing");
    }

    @Test
    void againstCannotBeCombinedWithTheMatrix() throws IOException {
        Run r = run("check", "--against", seed().toString(), "--matrix");

        assertThat(r.exit()).isEqualTo(2);
    }

    @Test
    void withoutAgainstTheDesignIsRequired() {
        Run r = run("check", "--matrix");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--against");
    }
}
