package dev.s3grant.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.io.DesignFiles;
import dev.s3grant.io.DesignWriter;
import dev.s3grant.model.AcceptedFinding;
import dev.s3grant.model.Design;
import dev.s3grant.model.PrincipalStyle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ValidateCommandTest {

    private static final Design EXAMPLE = DesignFiles.example();
    /** Invalid writer account (ERROR), role ARN principals (WARNING), no organization (SUGGESTION). */
    private static final Design FLAWED = EXAMPLE
            .withWriters(List.of(EXAMPLE.writers().get(0).withAccountId("1111")))
            .withOptions(EXAMPLE.options().withPrincipalStyle(PrincipalStyle.ROLE_ARN))
            .withOrganizationId("");
    /** FLAWED with its ERROR and WARNING accepted, and one entry that matches no finding (S3G-130). */
    private static final Design ACCEPTED = FLAWED.withAcceptedFindings(List.of(
            new AcceptedFinding("S3G-001", "writers[0].accountId", "A placeholder: the pipeline puts the real ID in."),
            new AcceptedFinding("S3G-043", "options.principalStyle", "The roles exist before the bucket policy."),
            new AcceptedFinding("S3G-073", "bucket.denyInsecureTransport", "Fixed since.")));
    /** Only a SECURITY_WARNING and a WARNING: no ERROR. */
    private static final Design RISKY = EXAMPLE
            .withBucket(EXAMPLE.bucket().withDenyInsecureTransport(false).withManage(false));

    @TempDir
    Path dir;

    /** What one run printed and returned. */
    record Run(int exitCode, String out, String err) {
    }

    private Path save(Design design) throws IOException {
        Path file = dir.resolve("design.json");
        Files.writeString(file, DesignWriter.write(design), StandardCharsets.UTF_8);
        return file;
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = S3GrantCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    /** The golden file under src/test/resources; {@code -Dgolden.update=true} rewrites it with {@code actual}. */
    private static String golden(String name, String actual) throws IOException {
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(Path.of("src/test/resources/dev/s3grant/cli", name), actual, StandardCharsets.UTF_8);
            return actual;
        }
        try (var in = ValidateCommandTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void designWithoutFindingsExitsZeroAndPrintsOnlyTheSummary() throws IOException {
        Run run = run("validate", save(EXAMPLE).toString(), "--lang", "en");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("0 errors, 0 security warnings, 0 warnings, 0 suggestions\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void anErrorFindingExitsOneAndPrintsOneLinePerFindingThenTheSummary() throws IOException {
        Run run = run("validate", save(FLAWED).toString(), "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEqualTo(golden("validate-flawed-en.txt", run.out()));
    }

    @Test
    void japaneseTextUsesTheJapaneseBundle() throws IOException {
        Run run = run("validate", save(FLAWED).toString(), "--lang", "ja");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEqualTo(golden("validate-flawed-ja.txt", run.out()));
    }

    @Test
    void jsonFormatIsAnArrayOfFindingsInTheSameOrder() throws IOException {
        Run run = run("validate", save(FLAWED).toString(), "--lang", "en", "--format", "json");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEqualTo(golden("validate-flawed-en.json", run.out()));
    }

    @Test
    void acceptedFindingsAreListedAsSuppressedWithTheirReasonAndAnAcceptedErrorStillExitsOne() throws IOException {
        Run run = run("validate", save(ACCEPTED).toString(), "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEqualTo(golden("validate-accepted-en.txt", run.out()))
                .contains("ERROR S3G-001 writers[0].accountId: \"1111\" is not an AWS account ID. An account ID is exactly 12 digits, "
                        + "leading zeros included.\n    suppressed, accepted in the design: A placeholder: the pipeline puts the real ID in.\n")
                .contains("SUGGESTION S3G-130 acceptedFindings[2]: The design accepts finding S3G-073 at bucket.denyInsecureTransport")
                .endsWith("1 error, 0 security warnings, 1 warning, 2 suggestions\n2 of them are accepted in the design (still counted above).\n");
    }

    @Test
    void acceptedFindingsInJapanese() throws IOException {
        Run run = run("validate", save(ACCEPTED).toString(), "--lang", "ja");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEqualTo(golden("validate-accepted-ja.txt", run.out()))
                .contains("    抑制済み (設計で許容): A placeholder: the pipeline puts the real ID in.\n")
                .endsWith("このうち 2 件は設計で許容されています (上の件数にも含みます)。\n");
    }

    @Test
    void jsonMarksAcceptedFindingsSuppressedWithTheReason() throws IOException {
        Run run = run("validate", save(ACCEPTED).toString(), "--lang", "en", "--format", "json");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEqualTo(golden("validate-accepted-en.json", run.out()))
                .contains("\"suppressed\": true,\n    \"reason\": \"A placeholder: the pipeline puts the real ID in.\"");
    }

    @Test
    void sarifCarriesAnInSourceSuppressionOnAcceptedResultsOnly() throws IOException {
        Run run = run("validate", save(ACCEPTED).toString(), "--lang", "en", "--format", "sarif");

        assertThat(run.exitCode()).isEqualTo(1);
        var log = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out());
        dev.s3grant.app.SarifStructure.assertValid(log);
        var results = log.at("/runs/0/results");
        List<String> suppressed = new java.util.ArrayList<>();
        for (var result : results) {
            if (result.has("suppressions")) {
                assertThat(result.at("/suppressions/0/kind").asText()).isEqualTo("inSource");
                suppressed.add(result.at("/ruleId").asText() + " " + result.at("/suppressions/0/justification").asText());
            }
        }
        assertThat(suppressed).containsExactly("S3G-001 A placeholder: the pipeline puts the real ID in.",
                "S3G-043 The roles exist before the bucket policy.");
        assertThat(results).hasSize(4);
    }

    @Test
    void jsonFormatOfACleanDesignIsAnEmptyArray() throws IOException {
        Run run = run("validate", save(EXAMPLE).toString(), "--format", "json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("[]\n");
    }

    @Test
    void warningsWithoutErrorsExitZero() throws IOException {
        Run run = run("validate", save(RISKY).toString(), "--lang", "en");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("SECURITY_WARNING S3G-073 bucket.denyInsecureTransport: ")
                .contains("\nWARNING S3G-072 bucket.manage: ")
                .endsWith("\n0 errors, 1 security warning, 1 warning, 0 suggestions\n");
    }

    @Test
    void missingFileExitsTwoWithAMessageThatNamesIt() {
        Path missing = dir.resolve("missing.json");

        Run run = run("validate", missing.toString(), "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(missing + " does not exist. Check the path.\n");
    }

    @Test
    void brokenJsonExitsTwoWithItsPosition() throws IOException {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\n  \"formatVersion\": 1,\n  \"name\": \n}\n", StandardCharsets.UTF_8);

        Run run = run("validate", file.toString(), "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith(file + ":4:1: Not valid JSON");
    }

    @Test
    void unknownFormatIsUnusableInputThroughTheRealEntryPoint() throws IOException {
        Path file = save(EXAMPLE);
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            assertThat(S3GrantCommand.run("validate", file.toString(), "--format", "yaml")).isEqualTo(2);
            assertThat(S3GrantCommand.run("validate", save(FLAWED).toString())).isEqualTo(1);
            assertThat(S3GrantCommand.run("validate", save(EXAMPLE).toString())).isZero();
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--format").contains("yaml");
    }
}
