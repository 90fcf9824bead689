package dev.s3grant.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.s3grant.hcl.HclAttribute;
import dev.s3grant.hcl.HclBlock;
import dev.s3grant.hcl.HclBody;
import dev.s3grant.hcl.HclString;
import dev.s3grant.hcl.HclTuple;
import dev.s3grant.hcl.HclValue;
import dev.s3grant.policy.PolicyDocument;
import dev.s3grant.policy.PolicyJson;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a {@code data "aws_iam_policy_document"} block into the policy it renders: each
 * {@code statement} block with {@code sid}, {@code effect} (Allow by default), {@code actions},
 * {@code resources}, their {@code not_} forms, {@code principals}/{@code not_principals} and
 * {@code condition} blocks. As in the provider, <code>&amp;{...}</code> stands for a literal
 * <code>${...}</code>. A block that merges other documents ({@code source_policy_documents},
 * {@code override_policy_documents}, ...) or builds statements with {@code dynamic} cannot be read
 * without evaluation and gives nothing. Meta-arguments ({@code count}, {@code for_each}, ...) are
 * ignored: every instance renders the same statements.
 */
final class PolicyDocumentBlocks {

    static final String TYPE = "aws_iam_policy_document";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Attributes that do not change what one instance renders: the meta-arguments are ignored. */
    private static final Set<String> DOCUMENT_ATTRIBUTES = Set.of(
            "version", "policy_id", "count", "for_each", "provider", "depends_on");
    private static final Set<String> STATEMENT_ATTRIBUTES = Set.of(
            "sid", "effect", "actions", "not_actions", "resources", "not_resources");

    private PolicyDocumentBlocks() {
    }

    static boolean isPolicyDocument(HclBlock block) {
        return block.type().equals("data") && block.labels().size() == 2 && block.labels().get(0).equals(TYPE);
    }

    static Optional<PolicyDocument> read(HclBlock block) {
        HclBody body = block.body();
        if (!body.attributes().stream().allMatch(a -> DOCUMENT_ATTRIBUTES.contains(a.name()))
                || !body.blocks().stream().allMatch(b -> b.type().equals("statement") && b.labels().isEmpty())) {
            return Optional.empty();
        }
        ObjectNode root = NODES.objectNode();
        root.put("Version", body.attribute("version").map(a -> text(a.expression().value()))
                .orElse(PolicyDocument.VERSION));
        ArrayNode statements = root.putArray("Statement");
        for (HclBlock statement : body.blocks()) {
            Optional<ObjectNode> node = statement(statement.body());
            if (node.isEmpty()) {
                return Optional.empty();
            }
            statements.add(node.get());
        }
        try {
            return Optional.of(PolicyJson.fromTree(root));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<ObjectNode> statement(HclBody body) {
        if (!body.attributes().stream().allMatch(a -> STATEMENT_ATTRIBUTES.contains(a.name()))) {
            return Optional.empty();
        }
        ObjectNode node = NODES.objectNode();
        body.attribute("sid").ifPresent(a -> node.put("Sid", text(a.expression().value())));
        node.put("Effect", body.attribute("effect").map(a -> text(a.expression().value())).orElse("Allow"));
        copyList(body, "actions", node, "Action");
        copyList(body, "not_actions", node, "NotAction");
        copyList(body, "resources", node, "Resource");
        copyList(body, "not_resources", node, "NotResource");
        ObjectNode principals = NODES.objectNode();
        ObjectNode notPrincipals = NODES.objectNode();
        ObjectNode conditions = NODES.objectNode();
        for (HclBlock nested : body.blocks()) {
            boolean read = switch (nested.type()) {
                case "principals" -> principals(nested.body(), principals);
                case "not_principals" -> principals(nested.body(), notPrincipals);
                case "condition" -> condition(nested.body(), conditions);
                default -> false;
            };
            if (!read || !nested.labels().isEmpty()) {
                return Optional.empty();
            }
        }
        putPrincipal(node, "Principal", principals);
        putPrincipal(node, "NotPrincipal", notPrincipals);
        if (!conditions.isEmpty()) {
            node.set("Condition", conditions);
        }
        return Optional.of(node);
    }

    private static boolean principals(HclBody body, ObjectNode into) {
        Optional<HclAttribute> type = body.attribute("type");
        Optional<HclAttribute> identifiers = body.attribute("identifiers");
        if (type.isEmpty() || identifiers.isEmpty() || !body.blocks().isEmpty()) {
            return false;
        }
        String name = text(type.get().expression().value());
        ArrayNode values = into.has(name) ? (ArrayNode) into.get(name) : into.putArray(name);
        values.addAll(list(identifiers.get().expression().value()));
        return true;
    }

    private static boolean condition(HclBody body, ObjectNode into) {
        Optional<HclAttribute> test = body.attribute("test");
        Optional<HclAttribute> variable = body.attribute("variable");
        Optional<HclAttribute> values = body.attribute("values");
        if (test.isEmpty() || variable.isEmpty() || values.isEmpty() || !body.blocks().isEmpty()) {
            return false;
        }
        String operator = text(test.get().expression().value());
        ObjectNode keys = into.has(operator) ? (ObjectNode) into.get(operator) : into.putObject(operator);
        String key = text(variable.get().expression().value());
        ArrayNode list = keys.has(key) ? (ArrayNode) keys.get(key) : keys.putArray(key);
        list.addAll(list(values.get().expression().value()));
        return true;
    }

    /** {@code type = "*"} with {@code identifiers = ["*"]} renders as {@code "Principal": "*"}. */
    private static void putPrincipal(ObjectNode statement, String name, ObjectNode principals) {
        if (principals.isEmpty()) {
            return;
        }
        if (principals.size() == 1 && principals.has("*")) {
            statement.put(name, "*");
        } else {
            statement.set(name, principals);
        }
    }

    private static void copyList(HclBody body, String attribute, ObjectNode node, String element) {
        body.attribute(attribute).ifPresent(a -> node.set(element, list(a.expression().value())));
    }

    private static ArrayNode list(HclValue value) {
        ArrayNode array = NODES.arrayNode();
        List<HclValue> elements = value instanceof HclTuple tuple ? tuple.elements() : List.of(value);
        for (HclValue element : elements) {
            array.add(text(element));
        }
        return array;
    }

    private static String text(HclValue value) {
        JsonNode node = HclJson.of(value);
        String text = node.isTextual() ? node.asText() : node.toString();
        return value instanceof HclString ? text.replace("&{", "${") : text;
    }
}
