package dev.s3grant.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.hcl.HclAttribute;
import dev.s3grant.hcl.HclBlock;
import dev.s3grant.hcl.HclBody;
import dev.s3grant.hcl.HclFile;
import dev.s3grant.hcl.HclParser;
import dev.s3grant.hcl.HclString;
import dev.s3grant.hcl.HclValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Generated files read back with the project's HCL reader, as one Terraform root module. */
final class TerraformModule {

    final TerraformFiles files;
    final Map<String, HclFile> parsed = new LinkedHashMap<>();
    final Map<String, String> values = new LinkedHashMap<>();
    final HclEvaluator evaluator;

    TerraformModule(TerraformFiles files) {
        this.files = files;
        files.files().forEach((name, text) -> {
            HclFile file = HclParser.parse(text);
            assertThat(file.errors()).as("syntax errors in %s:%n%s", name, text).isEmpty();
            parsed.put(name, file);
        });
        HclFile tfvars = parsed.get(VariablesFile.VALUES);
        if (tfvars != null) {
            assertThat(tfvars.body().blocks()).as("terraform.tfvars holds values only").isEmpty();
            for (HclAttribute a : tfvars.body().attributes()) {
                assertThat(a.expression().value()).as("value of %s", a.name()).isInstanceOf(HclString.class);
                String literal = ((HclString) a.expression().value()).literalText()
                        .orElseThrow(() -> new AssertionError("tfvars value of " + a.name() + " is a template"));
                assertThat(values.put(a.name(), literal)).as("%s set twice", a.name()).isNull();
            }
        }
        evaluator = new HclEvaluator(values);
    }

    HclFile file(String name) {
        HclFile file = parsed.get(name);
        assertThat(file).as("file %s", name).isNotNull();
        return file;
    }

    /** {@code resource.aws_iam_role.writer_a}, {@code data.aws_iam_policy_document.bucket_policy}, ... of one file, in order. */
    List<String> addresses(String fileName) {
        return file(fileName).body().blocks().stream().map(HclBlock::address).toList();
    }

    /** The block with this address in any file. */
    HclBlock block(String address) {
        List<HclBlock> found = new ArrayList<>();
        parsed.values().forEach(f -> f.body().blocks().stream().filter(b -> b.address().equals(address)).forEach(found::add));
        assertThat(found).as("blocks with address %s", address).hasSize(1);
        return found.get(0);
    }

    Optional<HclValue> attribute(HclBody body, String name) {
        return body.attribute(name).map(a -> a.expression().value());
    }

    HclValue required(HclBlock block, String name) {
        return attribute(block.body(), name)
                .orElseThrow(() -> new AssertionError(block.address() + " has no attribute " + name));
    }

    String evaluate(HclBlock block, String name) {
        return evaluator.string(required(block, name));
    }

    /** Names of the {@code variable} blocks in variables.tf. */
    Set<String> declaredVariables() {
        Set<String> names = new TreeSet<>();
        HclFile variables = parsed.get(VariablesFile.VARIABLES);
        if (variables != null) {
            variables.body().blocks("variable").forEach(b -> names.add(b.labels().get(0)));
        }
        return names;
    }

    /** Every {@code var.*} any attribute of any file refers to (variables.tf's own validations included). */
    Set<String> usedVariables() {
        Set<String> names = new TreeSet<>();
        parsed.forEach((fileName, file) -> collect(file.body(), names));
        return names;
    }

    private static void collect(HclBody body, Set<String> names) {
        body.attributes().forEach(a -> names.addAll(HclEvaluator.variablesIn(a.expression().value())));
        body.blocks().forEach(b -> collect(b.body(), names));
    }

    /** Every attribute name anywhere in the module. */
    Set<String> attributeNames() {
        Set<String> names = new TreeSet<>();
        parsed.values().forEach(f -> attributeNames(f.body(), names));
        return names;
    }

    private static void attributeNames(HclBody body, Set<String> names) {
        body.attributes().forEach(a -> names.add(a.name()));
        body.blocks().forEach(b -> attributeNames(b.body(), names));
    }
}
