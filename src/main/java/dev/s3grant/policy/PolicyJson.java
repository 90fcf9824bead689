package dev.s3grant.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Canonical JSON for policy documents (docs/aws-rules.md#deterministic-output): keys in the order {@code Version},
 * {@code Statement}; {@code Sid}, {@code Effect}, {@code Principal}, {@code Action},
 * {@code Resource}, {@code Condition}; sorted lists; a single value as a string; two-space
 * indentation, LF and a final newline. Also reads any IAM policy JSON back into the model.
 */
public final class PolicyJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Made on first use: only reading needs Jackson's object mapper, which is slow to start. */
    private static final class Mapper {
        static final ObjectMapper INSTANCE = new ObjectMapper();
    }

    private PolicyJson() {
    }

    /** The canonical, pretty-printed text of a document: {@link PrettyJson} of {@link #toTree}. */
    public static String write(PolicyDocument document) {
        return PolicyJsonWriter.pretty(document);
    }

    /** The minified text, as S3 counts a bucket policy. */
    public static String writeMinified(PolicyDocument document) {
        return PolicyJsonWriter.minified(document);
    }

    public static ObjectNode toTree(PolicyDocument document) {
        ObjectNode root = NODES.objectNode();
        root.put("Version", document.version());
        ArrayNode statements = root.putArray("Statement");
        for (Statement s : document.statements()) {
            statements.add(statementTree(s));
        }
        return root;
    }

    private static ObjectNode statementTree(Statement s) {
        ObjectNode node = NODES.objectNode();
        if (!s.sid().isEmpty()) {
            node.put("Sid", s.sid());
        }
        node.put("Effect", s.effect().name());
        if (s.principal() != null) {
            node.set("Principal", principalTree(s.principal()));
        }
        if (s.notPrincipal() != null) {
            node.set("NotPrincipal", principalTree(s.notPrincipal()));
        }
        putList(node, "Action", s.actions());
        putList(node, "NotAction", s.notActions());
        putList(node, "Resource", s.resources());
        putList(node, "NotResource", s.notResources());
        if (!s.conditions().isEmpty()) {
            ObjectNode conditions = node.putObject("Condition");
            for (Condition c : s.conditions()) {
                ObjectNode operator = conditions.has(c.operator())
                        ? (ObjectNode) conditions.get(c.operator())
                        : conditions.putObject(c.operator());
                operator.set(c.key(), valueOrList(c.values()));
            }
        }
        return node;
    }

    private static JsonNode principalTree(Principal p) {
        if (p.wildcard()) {
            return NODES.textNode("*");
        }
        ObjectNode node = NODES.objectNode();
        p.values().forEach((type, values) -> node.set(type, valueOrList(values)));
        return node;
    }

    private static void putList(ObjectNode node, String name, List<String> values) {
        if (!values.isEmpty()) {
            node.set(name, valueOrList(values));
        }
    }

    private static JsonNode valueOrList(List<String> values) {
        if (values.size() == 1) {
            return NODES.textNode(values.get(0));
        }
        ArrayNode array = NODES.arrayNode();
        values.forEach(array::add);
        return array;
    }

    /**
     * Reads an IAM policy document.
     *
     * @throws IllegalArgumentException when the text is not JSON or not a policy document
     */
    public static PolicyDocument parse(String json) {
        JsonNode root;
        try {
            root = Mapper.INSTANCE.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
        return fromTree(root);
    }

    /** Reads a policy document from a JSON tree. */
    public static PolicyDocument fromTree(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("a policy document is a JSON object");
        }
        String version = root.path("Version").asText(PolicyDocument.VERSION);
        JsonNode statementNode = root.path("Statement");
        List<Statement> statements = new ArrayList<>();
        if (statementNode.isObject()) {
            statements.add(statement(statementNode));
        } else if (statementNode.isArray()) {
            for (JsonNode s : statementNode) {
                statements.add(statement(s));
            }
        } else {
            throw new IllegalArgumentException("a policy document needs a Statement");
        }
        return new PolicyDocument(version, statements);
    }

    private static Statement statement(JsonNode s) {
        if (!s.isObject()) {
            throw new IllegalArgumentException("a statement is a JSON object");
        }
        String effect = s.path("Effect").asText("");
        if (!effect.equals("Allow") && !effect.equals("Deny")) {
            throw new IllegalArgumentException("Effect must be Allow or Deny, not '" + effect + "'");
        }
        return new Statement(
                s.path("Sid").asText(""),
                Effect.valueOf(effect),
                principal(s.get("Principal")),
                principal(s.get("NotPrincipal")),
                strings(s.get("Action")),
                strings(s.get("NotAction")),
                strings(s.get("Resource")),
                strings(s.get("NotResource")),
                conditions(s.get("Condition")));
    }

    private static Principal principal(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isTextual()) {
            if (!node.asText().equals("*")) {
                throw new IllegalArgumentException("a Principal string must be \"*\"");
            }
            return Principal.any();
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException("Principal must be \"*\" or an object");
        }
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            values.put(e.getKey(), strings(e.getValue()));
        }
        return new Principal(false, values);
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                out.add(n.asText());
            }
        } else {
            out.add(node.asText());
        }
        return out;
    }

    private static List<Condition> conditions(JsonNode node) {
        List<Condition> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException("Condition must be an object");
        }
        for (Iterator<Map.Entry<String, JsonNode>> ops = node.fields(); ops.hasNext(); ) {
            Map.Entry<String, JsonNode> op = ops.next();
            if (!op.getValue().isObject()) {
                throw new IllegalArgumentException("condition operator " + op.getKey() + " needs an object");
            }
            for (Iterator<Map.Entry<String, JsonNode>> keys = op.getValue().fields(); keys.hasNext(); ) {
                Map.Entry<String, JsonNode> key = keys.next();
                out.add(new Condition(op.getKey(), key.getKey(), strings(key.getValue())));
            }
        }
        return out;
    }
}
