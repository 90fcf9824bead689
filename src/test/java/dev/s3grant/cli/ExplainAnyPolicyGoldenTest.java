package dev.s3grant.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * {@code explain --file} on the original conversation's {@code account_B.tf}, a trust policy, a key
 * policy, a bucket policy as {@code get-bucket-policy} prints it, an identity-based policy and a
 * {@code .tf} with a heredoc, a policy document and a {@code dynamic} block: Markdown and JSON in
 * English and Japanese, byte for byte. Regenerate with {@code -Dgolden.update=true} and review the diff.
 */
class ExplainAnyPolicyGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/explain-any");
    private static final Map<String, Path> INPUTS = Map.of(
            "account_B", Path.of("src/test/resources/diff/original/account_B.tf"),
            "trust-policy", Path.of("src/test/resources/explain-any/trust-policy.json"),
            "key-policy", Path.of("src/test/resources/explain-any/key-policy.json"),
            "bucket-policy-organization", Path.of("src/test/resources/explain-any/bucket-policy-organization.json"),
            "identity-policy", Path.of("src/test/resources/explain-any/identity-policy.json"),
            "role-and-documents", Path.of("src/test/resources/explain-any/role-and-documents.tf"));

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (String name : INPUTS.keySet().stream().sorted().toList()) {
            for (String lang : List.of("en", "ja")) {
                cases.add(Arguments.of(name, lang, "markdown", "md"));
                cases.add(Arguments.of(name, lang, "json", "json"));
            }
        }
        cases.add(Arguments.of("account_B", "ja", "text", "txt"));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("cases")
    void outputIsTheGoldenFile(String name, String lang, String format, String extension) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = S3GrantCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));

        int code = cli.execute("explain", "--file", INPUTS.get(name).toString(), "--lang", lang, "--format", format);

        assertThat(err.toString()).isEmpty();
        assertThat(code).isZero();
        Path golden = GOLDEN.resolve(name + "." + lang + "." + extension);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, out.toString(), StandardCharsets.UTF_8);
        }
        assertThat(out.toString()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
