package dev.s3grant.terraform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.s3grant.model.Design;
import dev.s3grant.model.TerraformStyle;
import dev.s3grant.model.TerraformValues;
import dev.s3grant.policy.GeneratedPolicies;
import dev.s3grant.policy.PolicyJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command the README gives for the shared writer file, run as written: the exported
 * {@code writer/} folder is the root module, {@code terraform plan -var-file=accounts/<alias>.tfvars}
 * plans the role of that account, with {@code writer/terraform.tfvars} loaded by Terraform itself.
 * Skipped where {@code terraform} or the local AWS provider is missing, like {@link TerraformPlanTest}.
 */
class SharedWriterVarFilePlanTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void eachAccountsValuesFilePlansThatWritersRole(@TempDir Path dir) throws IOException, InterruptedException {
        assumeTrue(TerraformOnPath.installed(), "terraform is not on the PATH");
        Optional<Path> mirror = ProviderMirror.find();
        assumeTrue(mirror.isPresent(), "no local AWS provider for " + ProviderMirror.platform());
        TerraformCases c = new TerraformCases("shared-writer", TerraformStyle.POLICY_DOCUMENT, TerraformValues.VARIABLES, null);
        Design d = c.design();
        GeneratedPolicies policies = c.policies();
        TerraformNames names = new TerraformNames(d);
        for (Map.Entry<String, String> f : c.files().files().entrySet()) {
            if (f.getKey().startsWith(TerraformNames.SHARED_WRITER_FOLDER + "/")) {
                Path target = dir.resolve(f.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, f.getValue(), StandardCharsets.UTF_8);
            }
        }
        Path writer = dir.resolve(TerraformNames.SHARED_WRITER_FOLDER);
        Files.writeString(writer.resolve("provider.tf"), PlanRoot.offlineProvider(null, d.region()), StandardCharsets.UTF_8);
        Files.writeString(writer.resolve("none.tfrc"), ProviderMirror.cliConfig(mirror.get()), StandardCharsets.UTF_8);
        succeed(writer, "init", "-input=false", "-no-color", "-backend=false");

        for (int w : List.of(0, d.writers().size() - 1)) {
            String plan = "plan-" + w + ".bin";
            succeed(writer, "plan", "-input=false", "-no-color", "-refresh=false",
                    "-var-file=" + names.accountValuesArgument(w), "-out=" + plan);
            JsonNode changes = JSON.readTree(succeed(writer, "show", "-json", plan).out()).path("resource_changes");
            JsonNode role = after(changes, "aws_iam_role.writer");
            assertThat(role.path("name").asText()).isEqualTo(d.writers().get(w).roleName());
            assertThat(PolicyJson.parse(role.path("assume_role_policy").asText())).as("trust policy of %s", d.writers().get(w).alias())
                    .isEqualTo(policies.writers().get(w).trustPolicy().document());
            assertThat(PolicyJson.parse(after(changes, "aws_iam_role_policy.writer").path("policy").asText()))
                    .isEqualTo(policies.writers().get(w).rolePolicy().document());
        }
    }

    private static JsonNode after(JsonNode changes, String address) {
        for (JsonNode rc : changes) {
            if (rc.path("address").asText().equals(address)) {
                return rc.path("change").path("after");
            }
        }
        throw new AssertionError("no planned " + address + " in " + changes);
    }

    private static TerraformOnPath.Result succeed(Path dir, String... arguments) throws IOException, InterruptedException {
        TerraformOnPath.Result result = TerraformOnPath.run(dir, "", List.of(arguments));
        assertThat(result.exitCode()).as("terraform %s:%n%s%n%s", String.join(" ", arguments), result.out(), result.err()).isZero();
        return result;
    }
}
