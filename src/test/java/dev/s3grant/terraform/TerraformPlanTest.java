package dev.s3grant.terraform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.s3grant.model.Design;
import dev.s3grant.model.Writer;
import dev.s3grant.policy.GeneratedPolicies;
import dev.s3grant.policy.PolicyDocument;
import dev.s3grant.policy.PolicyJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real thing, offline: every golden case becomes a module of one root module, {@code terraform
 * plan} runs with the AWS provider from a local plugin mirror and fake credentials (nothing is
 * called), and every policy the provider computes equals its document under {@code policies/}.
 * Variables are passed with the values of {@code terraform.tfvars}, so their validations run too.
 *
 * <p>Opt-in, because it needs {@code terraform} and the provider: run with
 * {@code -Dterraform.pluginMirror=<folder holding registry.terraform.io/hashicorp/aws/...>}.
 */
class TerraformPlanTest {

    private static final String MIRROR = System.getProperty("terraform.pluginMirror", "");

    @Test
    void theAwsProviderPlansExactlyThePolicyDocuments(@TempDir Path dir) throws IOException, InterruptedException {
        assumeTrue(!MIRROR.isEmpty() && TerraformOnPath.installed(), "set -Dterraform.pluginMirror and install terraform");
        List<TerraformCases> cases = TerraformCases.all();
        TreeSet<String> aliases = new TreeSet<>();
        StringBuilder root = new StringBuilder("""
                terraform {
                  required_providers {
                    aws = { source = "hashicorp/aws" }
                  }
                }
                """);
        for (int i = 0; i < cases.size(); i++) {
            TerraformCases c = cases.get(i);
            Design d = c.design();
            TerraformFiles files = c.files();
            TerraformModule module = new TerraformModule(files);
            List<String> moduleAliases = providerAliases(d);
            aliases.addAll(moduleAliases);
            Path folder = Files.createDirectories(dir.resolve("m" + i));
            for (var f : files.files().entrySet()) {
                if (!f.getKey().equals(VariablesFile.VALUES)) {
                    Files.writeString(folder.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
                }
            }
            Files.writeString(folder.resolve("versions.tf"), "terraform {\n  required_providers {\n    aws = {\n"
                    + "      source                = \"hashicorp/aws\"\n"
                    + "      configuration_aliases = [" + String.join(", ", moduleAliases) + "]\n    }\n  }\n}\n");
            root.append("\nmodule \"m").append(i).append("\" {\n  source = \"./m").append(i).append("\"\n");
            root.append("  providers = {\n    aws = aws\n");
            moduleAliases.forEach(a -> root.append("    ").append(a).append(" = ").append(a).append('\n'));
            root.append("  }\n");
            module.values.forEach((name, value) ->
                    root.append("  ").append(name).append(" = ").append(HclStrings.quote(value)).append('\n'));
            root.append("}\n");
        }
        root.append(provider(null));
        aliases.forEach(a -> root.append(provider(a.substring(a.indexOf('.') + 1))));
        Files.writeString(dir.resolve("main.tf"), root.toString(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("none.tfrc"), "provider_installation {\n  filesystem_mirror {\n    path    = "
                + HclStrings.quote(MIRROR) + "\n    include = [\"registry.terraform.io/hashicorp/*\"]\n  }\n"
                + "  direct {\n    exclude = [\"registry.terraform.io/hashicorp/*\"]\n  }\n}\n");

        run(dir, "init", "-input=false", "-no-color", "-backend=false");
        TerraformOnPath.Result plan = run(dir, "plan", "-input=false", "-no-color", "-refresh=false", "-out=plan.bin");
        assertThat(plan.out() + plan.err()).as("warnings (deprecated arguments?)").doesNotContain("Warning:");
        JsonNode changes = new ObjectMapper().readTree(run(dir, "show", "-json", "plan.bin").out()).path("resource_changes");
        Map<String, JsonNode> after = new LinkedHashMap<>();
        changes.forEach(rc -> after.put(rc.path("address").asText(), rc.path("change").path("after")));

        for (int i = 0; i < cases.size(); i++) {
            TerraformCases c = cases.get(i);
            Design d = c.design();
            GeneratedPolicies policies = c.policies();
            TerraformNames names = new TerraformNames(d);
            String m = "module.m" + i + ".";
            for (int w = 0; w < d.writers().size(); w++) {
                String role = names.writerResource(w);
                assertThat(planned(after, m + "aws_iam_role." + role, "assume_role_policy")).as("%s trust %s", c, role)
                        .isEqualTo(policies.writers().get(w).trustPolicy().document());
                assertThat(planned(after, m + "aws_iam_role_policy." + role, "policy")).as("%s role policy %s", c, role)
                        .isEqualTo(policies.writers().get(w).rolePolicy().document());
            }
            assertThat(planned(after, m + "aws_s3_bucket_policy.main", "policy")).as("%s bucket policy", c)
                    .isEqualTo(policies.bucketPolicy().document());
            String controls = m + "aws_s3_bucket_ownership_controls.main";
            assertThat(after.containsKey(controls)).as("%s ownership controls", c).isEqualTo(d.bucket().ownershipControlsSet());
            if (!d.bucket().manage() && d.bucket().ownershipControlsSet()) {
                assertThat(after.get(controls).path("bucket").asText()).as("%s controls of the existing bucket", c)
                        .isEqualTo(d.bucket().name());
                assertThat(after.get(controls).path("rule").get(0).path("object_ownership").asText())
                        .isEqualTo(d.bucket().objectOwnership().name());
            }
            if (after.containsKey(m + "aws_kms_key.main")) {
                assertThat(planned(after, m + "aws_kms_key.main", "policy")).as("%s key policy", c)
                        .isEqualTo(policies.keyPolicy().orElseThrow().document());
            }
        }
    }

    private static PolicyDocument planned(Map<String, JsonNode> after, String address, String attribute) {
        JsonNode values = after.get(address);
        assertThat(values).as("planned resource %s", address).isNotNull();
        assertThat(values.path(attribute).isTextual()).as("%s.%s is known at plan time", address, attribute).isTrue();
        return PolicyJson.parse(values.path(attribute).asText());
    }

    private static List<String> providerAliases(Design d) {
        TreeSet<String> aliases = new TreeSet<>();
        List<String> references = new ArrayList<>(d.writers().stream().map(Writer::terraformProvider).toList());
        references.add(d.bucketOwner().terraformProvider());
        references.stream().filter(r -> r.contains(".")).forEach(aliases::add);
        return List.copyOf(aliases);
    }

    private static String provider(String alias) {
        return "\nprovider \"aws\" {\n" + (alias == null ? "" : "  alias                       = \"" + alias + "\"\n") + """
                  region                      = "ap-northeast-1"
                  access_key                  = "AKIAIOSFODNN7EXAMPLE"
                  secret_key                  = "not-a-secret"
                  skip_credentials_validation = true
                  skip_requesting_account_id  = true
                  skip_metadata_api_check     = true
                  skip_region_validation      = true
                }
                """;
    }

    private static TerraformOnPath.Result run(Path dir, String... arguments) throws IOException, InterruptedException {
        TerraformOnPath.Result result = TerraformOnPath.run(dir, "", List.of(arguments));
        assertThat(result.exitCode()).as("terraform %s:%n%s%n%s", String.join(" ", arguments), result.out(), result.err()).isZero();
        return result;
    }
}
