package dev.s3grant.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.io.ExportManifest;
import dev.s3grant.testing.Golden;
import dev.s3grant.testing.TestDesigns;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code generate} writes the Terraform files beside {@code policies/}; {@code --style} and {@code --values} override the design. */
class GenerateTerraformOptionsTest {

    @TempDir
    Path temp;

    /** The files beside {@code policies/}, but the export's manifest. */
    private static List<String> topLevelFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(name -> !name.equals(ExportManifest.FILE_NAME)).sorted().toList();
        }
    }

    @Test
    void generateWritesTheDesignsTerraformBesideThePolicies() throws IOException {
        Path out = temp.resolve("out");
        GenerateCommandTest.Run r = GenerateCommandTest.run("generate", TestDesigns.file("ecs-only").toString(), "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(topLevelFiles(out)).containsExactly("account_A.tf", "account_B.tf", "terraform.tfvars", "variables.tf");
        for (String f : topLevelFiles(out)) {
            Golden.assertMatches("terraform/ecs-only/jsonencode-variables/" + f, Files.readString(out.resolve(f), StandardCharsets.UTF_8));
        }
        assertThat(r.out()).startsWith("7 created, 0 overwritten, 0 unchanged in ");
        Golden.assertMatches("export-manifest/ecs-only.json",
                Files.readString(out.resolve(ExportManifest.FILE_NAME), StandardCharsets.UTF_8));
    }

    @Test
    void styleAndValuesOptionsOverrideTheDesign() throws IOException {
        Path out = temp.resolve("out");
        GenerateCommandTest.Run r = GenerateCommandTest.run("generate", TestDesigns.file("three-writers").toString(),
                "--out", out.toString(), "--style", "policy-document", "--values", "literals");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(topLevelFiles(out)).containsExactly("account_A.tf", "account_A2.tf", "account_Analytics.tf", "account_B.tf");
        for (String f : topLevelFiles(out)) {
            Golden.assertMatches("terraform/three-writers/policy-document-literals/" + f,
                    Files.readString(out.resolve(f), StandardCharsets.UTF_8));
        }
    }

    @Test
    void anUnknownStyleExitsTwoAndNamesTheChoices() {
        GenerateCommandTest.Run r = GenerateCommandTest.run("generate", TestDesigns.file("ecs-only").toString(),
                "--out", temp.resolve("o").toString(), "--style", "yaml");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("expected jsonencode or policy-document, not 'yaml'");
        assertThat(temp.resolve("o")).doesNotExist();
    }

    @Test
    void anUnknownValuesModeExitsTwoAndNamesTheChoices() {
        GenerateCommandTest.Run r = GenerateCommandTest.run("generate", TestDesigns.file("ecs-only").toString(),
                "--out", temp.resolve("o").toString(), "--values", "env");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("expected variables or literals, not 'env'");
    }
}
