package dev.s3grant.terraform;

import dev.s3grant.hcl.HclBlock;
import dev.s3grant.hcl.HclFunctionCall;
import dev.s3grant.hcl.HclReference;
import dev.s3grant.hcl.HclTuple;
import dev.s3grant.hcl.HclValue;
import dev.s3grant.policy.Condition;
import dev.s3grant.policy.Effect;
import dev.s3grant.policy.PolicyDocument;
import dev.s3grant.policy.PolicyJson;
import dev.s3grant.policy.Principal;
import dev.s3grant.policy.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The policy an argument means, read back from HCL: a <code>jsonencode({ ... })</code> object, or
 * the {@code aws_iam_policy_document} data source its {@code .json} refers to, read the way the
 * AWS provider reads it: the data source turns every <code>&amp;{</code> of its lists (actions,
 * resources, principals, condition values) into <code>${</code>, as a plan with the provider 5.100 shows.
 */
final class PolicyFromHcl {

    private PolicyFromHcl() {
    }

    static PolicyDocument of(TerraformModule module, HclValue value) {
        if (value instanceof HclFunctionCall call && call.name().equals("jsonencode")) {
            if (call.arguments().size() != 1) {
                throw new AssertionError("jsonencode takes one argument");
            }
            return PolicyJson.fromTree(module.evaluator.json(call.arguments().get(0)));
        }
        if (value instanceof HclReference ref && ref.traversal().startsWith("data.aws_iam_policy_document.")
                && ref.traversal().endsWith(".json")) {
            String address = ref.traversal().substring(0, ref.traversal().length() - ".json".length());
            return fromDataSource(module, module.block(address));
        }
        throw new AssertionError("not a policy: " + value);
    }

    private static PolicyDocument fromDataSource(TerraformModule module, HclBlock data) {
        String version = module.attribute(data.body(), "version").map(module.evaluator::string).orElse(PolicyDocument.VERSION);
        List<Statement> statements = new ArrayList<>();
        for (HclBlock s : data.body().blocks("statement")) {
            List<Condition> conditions = new ArrayList<>();
            for (HclBlock c : s.body().blocks("condition")) {
                conditions.add(new Condition(module.evaluate(c, "test"), module.evaluate(c, "variable"),
                        strings(module, module.required(c, "values"))));
            }
            statements.add(new Statement(
                    module.attribute(s.body(), "sid").map(module.evaluator::string).orElse(""),
                    Effect.valueOf(module.attribute(s.body(), "effect").map(module.evaluator::string).orElse("Allow")),
                    principal(module, s.body().blocks("principals")),
                    principal(module, s.body().blocks("not_principals")),
                    list(module, s, "actions"), list(module, s, "not_actions"),
                    list(module, s, "resources"), list(module, s, "not_resources"),
                    conditions));
        }
        return new PolicyDocument(version, statements);
    }

    private static Principal principal(TerraformModule module, List<HclBlock> blocks) {
        if (blocks.isEmpty()) {
            return null;
        }
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (HclBlock b : blocks) {
            String type = module.evaluate(b, "type");
            List<String> identifiers = strings(module, module.required(b, "identifiers"));
            if (type.equals("*") && identifiers.equals(List.of("*"))) {
                return Principal.any();
            }
            values.computeIfAbsent(type, k -> new ArrayList<>()).addAll(identifiers);
        }
        return new Principal(false, values);
    }

    private static List<String> list(TerraformModule module, HclBlock block, String name) {
        return module.attribute(block.body(), name).map(v -> strings(module, v)).orElse(List.of());
    }

    private static List<String> strings(TerraformModule module, HclValue value) {
        if (!(value instanceof HclTuple tuple)) {
            throw new AssertionError("expected a list, got " + value);
        }
        return tuple.elements().stream().map(module.evaluator::string).map(s -> s.replace("&{", "${")).toList();
    }
}
