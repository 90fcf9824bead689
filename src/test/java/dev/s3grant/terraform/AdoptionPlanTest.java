package dev.s3grant.terraform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.s3grant.app.AdoptedExport;
import dev.s3grant.app.FolderExport;
import dev.s3grant.app.GrantDesigner;
import dev.s3grant.hcl.HclAttribute;
import dev.s3grant.hcl.HclBlock;
import dev.s3grant.hcl.HclParser;
import dev.s3grant.io.DesignFiles;
import dev.s3grant.model.Design;
import dev.s3grant.model.TerraformStyle;
import dev.s3grant.model.TerraformValues;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proof with the real thing (decision 0030): for hand-written layouts of existing Terraform, a state
 * that holds their resources, the design adopted over them ({@code generate --adopt DIR --out DIR
 * --force}), and {@code terraform plan -refresh=false} (nothing is called) must destroy and replace
 * nothing. The same design generated without adoption over the conversation's files must destroy
 * (the issue's {@code 2 to destroy}), so the test can fail. One root module, one module per layout.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdoptionPlanTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path LAYOUTS = Path.of("src/test/resources/adopt");

    /** A module of the root: an existing layout, the design adopted over it (or not). */
    record Layout(String module, String folder, TerraformStyle style, TerraformValues values, boolean adopt) {
        Design design() {
            Design example = DesignFiles.example();
            return example.withOptions(example.options().withTerraformStyle(style).withTerraformValues(values));
        }
    }

    private static final List<Layout> LAYOUT_LIST = List.of(
            new Layout("original", "original", TerraformStyle.JSONENCODE, TerraformValues.VARIABLES, true),
            new Layout("original_documents", "original", TerraformStyle.POLICY_DOCUMENT, TerraformValues.LITERALS, true),
            new Layout("other_names", "other-names", TerraformStyle.JSONENCODE, TerraformValues.LITERALS, true),
            new Layout("policy_documents", "policy-documents", TerraformStyle.POLICY_DOCUMENT, TerraformValues.VARIABLES, true),
            new Layout("foreign_statements", "foreign-statements", TerraformStyle.JSONENCODE, TerraformValues.VARIABLES, true),
            new Layout("original_not_adopted", "original", TerraformStyle.JSONENCODE, TerraformValues.LITERALS, false));

    private Path dir;
    private final Map<String, List<JsonNode>> changes = new LinkedHashMap<>();

    @BeforeAll
    void planEveryLayout(@TempDir Path folder) throws Exception {
        dir = folder;
        assumeTrue(TerraformOnPath.installed(), "terraform is not on the PATH");
        Optional<Path> mirror = ProviderMirror.find();
        assumeTrue(mirror.isPresent(), "no local AWS provider for " + ProviderMirror.platform() + " in " + ProviderMirror.searched());
        StringBuilder main = new StringBuilder("terraform {\n  required_providers {\n    aws = { source = \"hashicorp/aws\" }\n  }\n}\n");
        main.append(PlanRoot.offlineProvider(null, "ap-northeast-1"));
        ArrayNode state = JSON.createArrayNode();
        for (Layout layout : LAYOUT_LIST) {
            Path module = dir.resolve(layout.module());
            Map<String, String> existing = copy(LAYOUTS.resolve(layout.folder()), module);
            state.addAll(new ExistingState(existing).resources("module." + layout.module()));
            Design design = layout.design();
            Map<String, String> files = layout.adopt() ? AdoptedExport.of(design, module).content().filesByPath()
                    : GrantDesigner.export(design).filesByPath();
            if (layout.adopt()) {
                assertThat(AdoptedExport.of(design, module).content().errors()).as(layout.module()).isEmpty();
            }
            FolderExport.export(module, design.name(), files, true, false);
            main.append(moduleBlock(layout.module(), module));
        }
        Files.writeString(dir.resolve("main.tf"), main.toString(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("terraform.tfstate"), ExistingState.file(state), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("none.tfrc"), ProviderMirror.cliConfig(mirror.get()), StandardCharsets.UTF_8);
        succeed("init", "-input=false", "-no-color", "-backend=false");
        succeed("plan", "-input=false", "-no-color", "-refresh=false", "-lock=false", "-out=plan.bin");
        JsonNode plan = JSON.readTree(succeed("show", "-json", "plan.bin").out());
        for (JsonNode rc : plan.path("resource_changes")) {
            changes.computeIfAbsent(rc.path("module_address").asText().replace("module.", ""), k -> new ArrayList<>()).add(rc);
        }
        changes.forEach((module, list) -> System.out.println("adoption plan " + module + ": " + summary(list)));
    }

    @Test
    void adoptingDestroysAndReplacesNothingInAnyLayout() {
        for (Layout layout : LAYOUT_LIST.stream().filter(Layout::adopt).toList()) {
            List<JsonNode> list = changes.get(layout.module());
            assertThat(list).as(layout.module()).isNotEmpty();
            assertThat(list).as("%s: %s", layout.module(), summary(list))
                    .noneMatch(rc -> rc.path("change").path("actions").toString().contains("delete"));
        }
    }

    @Test
    void theConversationsRoleAndPolicyMoveToTheDesignsAddresses() {
        Map<String, String> previous = new TreeMap<>();
        changes.get("original").forEach(rc -> {
            if (rc.has("previous_address")) {
                previous.put(rc.path("address").asText(), rc.path("previous_address").asText());
            }
        });
        assertThat(previous).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "module.original.aws_iam_role.writer_a", "module.original.aws_iam_role.ecs_task_role",
                "module.original.aws_iam_role_policy.writer_a", "module.original.aws_iam_role_policy.ecs_s3_policy")));
    }

    @Test
    void withoutAdoptionTheConversationsRoleAndPolicyAreDestroyed() {
        List<String> destroyed = changes.get("original_not_adopted").stream()
                .filter(rc -> rc.path("change").path("actions").toString().contains("delete"))
                .map(rc -> rc.path("address").asText()).sorted().toList();
        assertThat(destroyed).containsExactly("module.original_not_adopted.aws_iam_role.ecs_task_role",
                "module.original_not_adopted.aws_iam_role_policy.ecs_s3_policy");
    }

    /** {@code N to add, N to change, N to destroy, N moved}, counted as Terraform's summary counts. */
    static String summary(List<JsonNode> list) {
        int add = 0;
        int change = 0;
        int destroy = 0;
        int moved = 0;
        for (JsonNode rc : list) {
            String actions = rc.path("change").path("actions").toString();
            add += actions.contains("create") ? 1 : 0;
            change += actions.contains("update") ? 1 : 0;
            destroy += actions.contains("delete") ? 1 : 0;
            moved += rc.has("previous_address") ? 1 : 0;
        }
        return add + " to add, " + change + " to change, " + destroy + " to destroy, " + moved + " moved";
    }

    /** Copies the layout's files into the module folder; returns them by name. */
    private static Map<String, String> copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> entries = Files.list(from)) {
            for (Path f : entries.filter(p -> p.toString().endsWith(".tf") || p.toString().endsWith(".tfvars")).toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                files.put(f.getFileName().toString(), text);
                Files.writeString(to.resolve(f.getFileName()), text, StandardCharsets.UTF_8);
            }
        }
        return files;
    }

    /**
     * The module block: Terraform reads {@code .tfvars} only in the root, so the values the module's
     * {@code terraform.tfvars} and {@code *.auto.tfvars} give its declared variables are passed here.
     */
    private static String moduleBlock(String name, Path module) throws IOException {
        List<String> declared = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>();
        try (Stream<Path> entries = Files.list(module)) {
            for (Path f : entries.sorted().toList()) {
                String file = f.getFileName().toString();
                if (file.endsWith(".tf")) {
                    for (HclBlock b : HclParser.parse(Files.readString(f)).body().blocks("variable")) {
                        declared.add(b.labels().get(0));
                    }
                }
            }
        }
        List<Path> tfvars = new ArrayList<>();
        if (Files.exists(module.resolve("terraform.tfvars"))) {
            tfvars.add(module.resolve("terraform.tfvars"));
        }
        try (Stream<Path> entries = Files.list(module)) {
            entries.filter(p -> p.toString().endsWith(".auto.tfvars")).sorted().forEach(tfvars::add);
        }
        for (Path f : tfvars) {
            for (HclAttribute a : HclParser.parse(Files.readString(f)).body().attributes()) {
                values.put(a.name(), a.expression().text());
            }
        }
        StringBuilder block = new StringBuilder("\nmodule \"" + name + "\" {\n  source = \"./" + name + "\"\n");
        values.forEach((variable, value) -> {
            if (declared.contains(variable)) {
                block.append("  ").append(variable).append(" = ").append(value).append('\n');
            }
        });
        return block.append("}\n").toString();
    }

    private TerraformOnPath.Result succeed(String... arguments) throws IOException, InterruptedException {
        TerraformOnPath.Result result = TerraformOnPath.run(dir, "", List.of(arguments));
        assertThat(result.exitCode()).as("terraform %s:%n%s%n%s", String.join(" ", arguments), result.out(), result.err()).isZero();
        return result;
    }
}
