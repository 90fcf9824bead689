package dev.s3grant.terraform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.s3grant.hcl.HclBool;
import dev.s3grant.hcl.HclFunctionCall;
import dev.s3grant.hcl.HclObject;
import dev.s3grant.hcl.HclOther;
import dev.s3grant.hcl.HclReference;
import dev.s3grant.hcl.HclString;
import dev.s3grant.hcl.HclTuple;
import dev.s3grant.hcl.HclValue;
import dev.s3grant.hcl.TemplatePart;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Evaluates the few expression forms the generator writes (strings with interpolations, tuples,
 * objects, booleans, {@code var.*} references and {@code replace}) with the variables' values, as
 * Terraform would. Anything else fails the test.
 */
final class HclEvaluator {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern VAR_IN_TEXT = Pattern.compile("\\bvar\\.([A-Za-z_][A-Za-z0-9_-]*)");

    private final Map<String, String> variables;

    HclEvaluator(Map<String, String> variables) {
        this.variables = variables;
    }

    String string(HclValue value) {
        JsonNode node = json(value);
        if (!node.isTextual()) {
            throw new AssertionError("not a string: " + value);
        }
        return node.textValue();
    }

    JsonNode json(HclValue value) {
        if (value instanceof HclString s) {
            StringBuilder out = new StringBuilder();
            for (TemplatePart part : s.parts()) {
                if (part instanceof TemplatePart.Literal literal) {
                    out.append(literal.text());
                } else if (part instanceof TemplatePart.Interpolation interpolation) {
                    out.append(string(interpolation.value()));
                } else {
                    throw new AssertionError("unexpected template directive " + part);
                }
            }
            return NODES.textNode(out.toString());
        }
        if (value instanceof HclReference ref) {
            return NODES.textNode(variable(ref));
        }
        if (value instanceof HclBool b) {
            return NODES.booleanNode(b.value());
        }
        if (value instanceof HclTuple tuple) {
            ArrayNode array = NODES.arrayNode();
            tuple.elements().forEach(e -> array.add(json(e)));
            return array;
        }
        if (value instanceof HclObject object) {
            ObjectNode node = NODES.objectNode();
            for (HclObject.Entry e : object.entries()) {
                if (node.has(e.key())) {
                    throw new AssertionError("duplicate object key " + e.key());
                }
                node.set(e.key(), json(e.value()));
            }
            return node;
        }
        if (value instanceof HclFunctionCall call && call.name().equals("replace") && call.arguments().size() == 3) {
            return NODES.textNode(string(call.arguments().get(0))
                    .replace(string(call.arguments().get(1)), string(call.arguments().get(2))));
        }
        throw new AssertionError("cannot evaluate " + value);
    }

    private String variable(HclReference ref) {
        String traversal = ref.traversal();
        if (!traversal.startsWith("var.")) {
            throw new AssertionError("only var.* references can be evaluated, not " + traversal);
        }
        String name = traversal.substring(4);
        if (!variables.containsKey(name)) {
            throw new AssertionError("variable without a value: " + name);
        }
        return variables.get(name);
    }

    /** Every {@code var.<name>} an expression refers to, including inside templates, calls and operators. */
    static Set<String> variablesIn(HclValue value) {
        Set<String> names = new TreeSet<>();
        collect(value, names);
        return names;
    }

    private static void collect(HclValue value, Set<String> names) {
        if (value instanceof HclReference ref && ref.root().equals("var")) {
            names.add(ref.traversal().substring(4).split("[.\\[]")[0]);
        } else if (value instanceof HclString s) {
            for (TemplatePart part : s.parts()) {
                if (part instanceof TemplatePart.Interpolation interpolation) {
                    collect(interpolation.value(), names);
                }
            }
        } else if (value instanceof HclTuple tuple) {
            tuple.elements().forEach(e -> collect(e, names));
        } else if (value instanceof HclObject object) {
            object.entries().forEach(e -> collect(e.value(), names));
        } else if (value instanceof HclFunctionCall call) {
            call.arguments().forEach(a -> collect(a, names));
        } else if (value instanceof HclOther other) {
            Matcher m = VAR_IN_TEXT.matcher(other.text());
            while (m.find()) {
                names.add(m.group(1));
            }
        }
    }
}
