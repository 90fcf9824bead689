package dev.s3grant.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.s3grant.app.SarifStructure;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code validate --format sarif} and {@code check --against --format sarif}: SARIF 2.1.0 logs, golden in both languages. */
class SarifOutputTest {

    private static final String DESIGN = "src/test/resources/dev/s3grant/cli/sarif-design.json";
    private static final String FOREIGN_DENY = "src/test/resources/existing/check/foreign-deny";
    private static final ObjectMapper JSON = new ObjectMapper();

    record Run(int exitCode, String out, String err) {
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
        try (var in = SarifOutputTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ja"})
    void validateWritesTheDesignsFindingsOnTheirFields(String lang) throws IOException {
        Run r = run("validate", DESIGN, "--format", "sarif", "--lang", lang);
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.NEGATIVE);
        SarifStructure.assertValid(JSON.readTree(r.out()));
        assertThat(r.out()).isEqualTo(golden("validate-sarif-" + lang + ".sarif.json", r.out()));
    }

    @Test
    void validateLocatesTheInvalidAccountOnItsLine() throws IOException {
        JsonNode results = JSON.readTree(run("validate", DESIGN, "--format", "sarif").out()).at("/runs/0/results");
        JsonNode account = null;
        for (JsonNode result : results) {
            if (result.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText().equals("writers[0].accountId")) {
                account = result;
            }
        }
        assertThat(account).as("a result on writers[0].accountId").isNotNull();
        assertThat(account.get("ruleId").asText()).isEqualTo("S3G-001");
        assertThat(account.get("level").asText()).isEqualTo("error");
        assertThat(account.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo(DESIGN);
        int line = Files.readAllLines(Path.of(DESIGN)).indexOf("      \"accountId\": \"1111\",") + 1;
        assertThat(account.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(line).isPositive();
        assertThat(account.at("/locations/0/physicalLocation/region/startColumn").asInt()).isEqualTo(7);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ja"})
    void checkAgainstWritesTheFindingsAndMismatchedRowsOnTheTerraformLines(String lang) throws IOException {
        Run r = run("check", "--against", FOREIGN_DENY, "--format", "sarif", "--lang", lang);
        SarifStructure.assertValid(JSON.readTree(r.out()));
        assertThat(r.out()).isEqualTo(golden("check-against-sarif-" + lang + ".sarif.json", r.out()));
    }

    @ParameterizedTest
    @ValueSource(strings = {FOREIGN_DENY, "src/test/resources/existing/check/lambda-source",
            "src/test/resources/existing/check/json-policies", "src/test/resources/existing/check/acl-condition"})
    void checkAgainstPlacesEveryResultOnACheckedFileAndAResourceOnTheLineOfItsBlock(String folder) throws IOException {
        Run r = run("check", "--against", folder, "--format", "sarif");
        JsonNode results = JSON.readTree(r.out()).at("/runs/0/results");
        SarifStructure.assertValid(JSON.readTree(r.out()));
        assertThat(results.size()).as(folder).isPositive();
        for (JsonNode result : results) {
            String uri = result.at("/locations/0/physicalLocation/artifactLocation/uri").asText();
            int line = result.at("/locations/0/physicalLocation/region/startLine").asInt();
            String logical = result.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText();
            assertThat(uri).startsWith(folder + "/");
            assertThat(Path.of(uri)).isRegularFile();
            if (logical.contains("#aws_")) {
                String[] address = logical.substring(logical.indexOf('#') + 1).split("\\.");
                String header = "resource \"" + address[0] + "\" \"" + address[1] + "\"";
                assertThat(Files.readAllLines(Path.of(uri)).get(line - 1)).as(logical).startsWith(header);
            }
        }
    }

    @Test
    void sarifWithoutAgainstIsRefusedWithAMessage() {
        Run r = run("check", DESIGN, "--matrix", "--format", "sarif");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(r.err()).contains("--against");
    }
}
