package dev.s3grant.terraform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.s3grant.model.Design;
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
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real thing, offline: every golden case ({@link TerraformCases}) becomes a module of one root
 * module, and {@code terraform plan} runs with the AWS provider from a local plugin folder and fake
 * credentials (nothing is called). With providers for the design's Region, every policy the provider
 * computes equals its document under {@code policies/}, with no warning. With providers for another
 * Region, every account file's Region check fails the plan, naming both Regions. With a rejected
 * value for every variable, the plan fails with each variable's validation messages.
 *
 * <p>Runs wherever {@code terraform} is on the PATH and {@link ProviderMirror} finds the provider;
 * skipped elsewhere, saying which is missing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TerraformPlanTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Path dir;
    private PlanRoot root;

    @BeforeAll
    void init(@TempDir Path folder) throws IOException, InterruptedException {
        dir = folder;
        assumeTrue(TerraformOnPath.installed(), "terraform is not on the PATH");
        Optional<Path> mirror = ProviderMirror.find();
        assumeTrue(mirror.isPresent(), "no local AWS provider for " + ProviderMirror.platform() + " in " + ProviderMirror.searched());
        root = new PlanRoot(dir, TerraformCases.all());
        Files.writeString(dir.resolve("none.tfrc"), ProviderMirror.cliConfig(mirror.get()), StandardCharsets.UTF_8);
        succeed("init", "-input=false", "-no-color", "-backend=false");
    }

    @Test
    void theAwsProviderPlansExactlyThePolicyDocuments() throws IOException, InterruptedException {
        TerraformOnPath.Result plan = succeed("plan", "-input=false", "-no-color", "-refresh=false", "-out=plan.bin");
        assertThat(plan.out() + plan.err()).as("warnings (deprecated arguments?)").doesNotContain("Warning:");
        JsonNode changes = JSON.readTree(succeed("show", "-json", "plan.bin").out()).path("resource_changes");
        Map<String, JsonNode> after = new LinkedHashMap<>();
        changes.forEach(rc -> after.put(rc.path("address").asText(), rc.path("change").path("after")));

        for (PlanRoot.Module module : root.good) {
            TerraformCases c = module.c();
            Design d = c.design();
            GeneratedPolicies policies = c.policies();
            TerraformNames names = new TerraformNames(d);
            String m = "module." + module.name() + "[0].";
            for (int w = 0; w < (d.options().sharedWriterFile() ? 0 : d.writers().size()); w++) {
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
        assertThat(root.goodWriters).as("the shared writer file is planned").isNotEmpty();
        for (PlanRoot.WriterModule writer : root.goodWriters) {
            TerraformCases c = writer.module().c();
            GeneratedPolicies policies = c.policies();
            String m = "module." + writer.module().name() + "[0].";
            assertThat(planned(after, m + "aws_iam_role.writer", "assume_role_policy")).as("%s trust in account %d", c, writer.writer())
                    .isEqualTo(policies.writers().get(writer.writer()).trustPolicy().document());
            assertThat(planned(after, m + "aws_iam_role_policy.writer", "policy")).as("%s role policy in account %d", c, writer.writer())
                    .isEqualTo(policies.writers().get(writer.writer()).rolePolicy().document());
            assertThat(after.get(m + "aws_iam_role.writer").path("name").asText())
                    .isEqualTo(c.design().writers().get(writer.writer()).roleName());
        }
    }

    @Test
    void aProviderForAnotherRegionFailsThePlanNamingBothRegions() throws IOException, InterruptedException {
        List<JsonNode> errors = failingPlan(PlanRoot.WRONG_REGION);
        List<String> expected = new ArrayList<>();
        for (PlanRoot.Module module : root.wrongRegion) {
            Design d = module.c().design();
            TerraformNames names = new TerraformNames(d);
            for (int w = 0; w < (d.options().sharedWriterFile() ? 0 : d.writers().size()); w++) {
                expected.add(regionError(module, names.writerFile(w), d.writers().get(w).alias(), d.region()));
            }
            expected.add(regionError(module, names.ownerFile(), d.bucketOwner().alias(), d.region()));
        }
        for (PlanRoot.WriterModule writer : root.wrongRegionWriters) {
            PlanRoot.Module module = writer.module();
            Design d = module.c().design();
            expected.add("m" + module.index() + "/" + TerraformNames.SHARED_WRITER_FILE + " data \"aws_region\" \"account\": The provider of account "
                    + d.writers().get(writer.writer()).accountId() + " is configured for Region " + module.region()
                    + ", but the design's Region is " + d.region() + ".");
        }
        assertThat(errors.stream().map(e -> e.path("range").path("filename").asText() + " "
                        + e.path("snippet").path("context").asText() + ": " + e.path("detail").asText()).toList())
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void aValueAVariableRejectsFailsThePlanWithThatVariablesMessages() throws IOException, InterruptedException {
        List<JsonNode> errors = failingPlan(PlanRoot.INVALID_VALUES);
        List<String> expected = new ArrayList<>();
        for (PlanRoot.Module module : root.invalidValues) {
            Design d = module.c().design();
            for (TerraformVariable v : VariableCatalog.of(d, new TerraformNames(d))) {
                String value = module.values().get(v.name());
                if (value == null) {
                    continue;
                }
                List<String> messages = PlanRoot.failedChecks(v, value);
                assertThat(messages).as("%s: %s rejects %s", module.name(), v.name(), value).isNotEmpty();
                messages.forEach(message -> expected.add("module \"" + module.name() + "\" var." + v.name() + ": " + message));
            }
        }
        assertThat(errors).allMatch(e -> e.path("summary").asText().equals("Invalid value for variable"));
        assertThat(errors.stream().map(e -> e.path("snippet").path("context").asText() + " "
                        + e.path("snippet").path("values").path(0).path("traversal").asText() + ": "
                        + e.path("detail").asText().split("\n\n")[0]).toList())
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    /** The postcondition's error in the module's file, as terraform reports it: file, block and message. */
    private static String regionError(PlanRoot.Module module, String file, String alias, String designRegion) {
        return "m" + module.index() + "/" + file + " data \"aws_region\" \"account_" + TerraformNames.snake(alias)
                + "\": The provider of account " + alias + " is configured for Region " + module.region()
                + ", but the design's Region is " + designRegion + ".";
    }

    /** The error diagnostics of a plan that must fail, with one of the root's switches on. */
    private List<JsonNode> failingPlan(String flag) throws IOException, InterruptedException {
        TerraformOnPath.Result plan = TerraformOnPath.run(dir, "", List.of("plan", "-input=false", "-no-color",
                "-refresh=false", "-json", "-var", flag + "=true"));
        assertThat(plan.exitCode()).as("terraform plan with %s must fail:%n%s", flag, plan.err()).isNotZero();
        List<JsonNode> errors = new ArrayList<>();
        for (String line : plan.out().split("\n")) {
            JsonNode message = line.isBlank() ? null : JSON.readTree(line);
            if (message != null && message.path("type").asText().equals("diagnostic")
                    && message.path("diagnostic").path("severity").asText().equals("error")) {
                errors.add(message.path("diagnostic"));
            }
        }
        return errors;
    }

    private static PolicyDocument planned(Map<String, JsonNode> after, String address, String attribute) {
        JsonNode values = after.get(address);
        assertThat(values).as("planned resource %s", address).isNotNull();
        assertThat(values.path(attribute).isTextual()).as("%s.%s is known at plan time", address, attribute).isTrue();
        return PolicyJson.parse(values.path(attribute).asText());
    }

    private TerraformOnPath.Result succeed(String... arguments) throws IOException, InterruptedException {
        TerraformOnPath.Result result = TerraformOnPath.run(dir, "", List.of(arguments));
        assertThat(result.exitCode()).as("terraform %s:%n%s%n%s", String.join(" ", arguments), result.out(), result.err()).isZero();
        return result;
    }
}
