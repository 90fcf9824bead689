package dev.s3grant.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.s3grant.model.Message;
import dev.s3grant.policy.PolicyJson;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the policy a bucket or a KMS key has today: a policy document, or what
 * {@code aws s3api get-bucket-policy} and {@code aws kms get-key-policy} print (an object whose
 * {@code Policy} member is the document as a string). Checks the shape IAM gives a policy, with
 * the position of what is wrong, and returns the document's canonical JSON text.
 */
public final class ExistingPolicyReader {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String WRAPPER_MEMBER = "Policy";
    private static final String TRUST_MEMBER = "AssumeRolePolicyDocument";
    private static final String INLINE_MEMBER = "PolicyDocument";
    private static final Set<String> DOCUMENT_MEMBERS = Set.of("Version", "Id", "Statement");
    private static final List<String> STATEMENT_MEMBERS = List.of("Sid", "Effect", "Principal", "NotPrincipal",
            "Action", "NotAction", "Resource", "NotResource", "Condition");

    private ExistingPolicyReader() {
    }

    /** The canonical text of the policy in {@code text}, read from {@code file}. */
    public static String read(String text, String file) throws InputException {
        return canonical(parse(text, file, 0, 0), file, "");
    }

    /**
     * The policy of a JSON file in any form the AWS CLI prints it: a document; {@code Policy} of
     * {@code aws s3api get-bucket-policy} and {@code aws kms get-key-policy} (a string);
     * {@code PolicyDocument} of {@code aws iam get-role-policy} and {@code Role.AssumeRolePolicyDocument}
     * of {@code aws iam get-role}, objects as the CLI prints them or strings URL-encoded as the IAM API
     * returns them (RFC 3986).
     */
    public static PolicyFileText readAnyForm(String text, String file) throws InputException {
        LocatedJson root = parse(text, file, 0, 0);
        if (root instanceof LocatedJson.JObject o && !o.fields().containsKey("Statement")) {
            LocatedJson.Field role = o.fields().get("Role");
            if (role != null && role.value() instanceof LocatedJson.JObject r && r.fields().containsKey(TRUST_MEMBER)) {
                return embedded(r, TRUST_MEMBER, file, "Role.", PolicyFileText.Form.ROLE_TRUST);
            }
            if (o.fields().containsKey(INLINE_MEMBER)) {
                return embedded(o, INLINE_MEMBER, file, "", PolicyFileText.Form.ROLE_INLINE);
            }
            if (o.fields().get(WRAPPER_MEMBER) != null && o.fields().get(WRAPPER_MEMBER).value() instanceof LocatedJson.JString s) {
                LocatedJson inner = parse(s.value(), file, s.line(), s.column());
                return new PolicyFileText(canonical(inner, file, ""), statementLines(inner, s.line()), Optional.empty(),
                        Optional.empty(), PolicyFileText.Form.DOCUMENT);
            }
        }
        return new PolicyFileText(canonical(root, file, ""), statementLines(root, 0), Optional.empty(), Optional.empty(),
                PolicyFileText.Form.DOCUMENT);
    }

    private static PolicyFileText embedded(LocatedJson.JObject holder, String member, String file, String prefix,
                                           PolicyFileText.Form form) throws InputException {
        LocatedJson inner = holder.fields().get(member).value();
        int line = 0;
        if (inner instanceof LocatedJson.JString s) {
            String decoded = s.value().strip().startsWith("%") ? URLDecoder.decode(s.value(), StandardCharsets.UTF_8) : s.value();
            line = s.line();
            inner = parse(decoded, file, s.line(), s.column());
        }
        return new PolicyFileText(PolicyJson.write(PolicyJson.fromTree(document(file, inner, prefix + member + "."))),
                statementLines(inner, line), text(holder, "RoleName"), text(holder, "Path"), form);
    }

    private static Optional<String> text(LocatedJson.JObject o, String member) {
        LocatedJson.Field f = o.fields().get(member);
        return f != null && f.value() instanceof LocatedJson.JString s ? Optional.of(s.value()) : Optional.empty();
    }

    /** The line of each statement; {@code fixed} (> 0) for a document inside a string. */
    private static List<Integer> statementLines(LocatedJson root, int fixed) {
        if (!(root instanceof LocatedJson.JObject o) || !o.fields().containsKey("Statement")) {
            return List.of();
        }
        LocatedJson statement = o.fields().get("Statement").value();
        List<LocatedJson> items = statement instanceof LocatedJson.JArray a ? a.items() : List.of(statement);
        return items.stream().map(i -> fixed > 0 ? fixed : i.line()).toList();
    }

    /** The canonical text of a policy found at {@code prefix} (a field path ending in a dot, or empty) of a JSON file. */
    static String canonical(LocatedJson root, String file, String prefix) throws InputException {
        if (root instanceof LocatedJson.JObject o && o.fields().containsKey(WRAPPER_MEMBER)
                && !o.fields().containsKey("Statement")) {
            LocatedJson inner = o.fields().get(WRAPPER_MEMBER).value();
            if (!(inner instanceof LocatedJson.JString s)) {
                throw problem(file, inner, WRAPPER_MEMBER, Message.of("policy.load.wrapperNotString"));
            }
            root = parse(s.value(), file, inner.line(), inner.column());
        }
        return PolicyJson.write(PolicyJson.fromTree(document(file, root, prefix)));
    }

    /** Parses {@code text}; inside a {@code Policy} string, errors point at that string ({@code line} > 0). */
    private static LocatedJson parse(String text, String file, int line, int column) throws InputException {
        if (text.isBlank()) {
            throw new InputException(new InputProblem(file, Math.max(line, 1), Math.max(column, 1), "",
                    Message.of("policy.load.empty")));
        }
        try {
            return LocatedJsonParser.parse(text);
        } catch (LocatedJsonParser.SyntaxError e) {
            return line == 0
                    ? rethrow(new InputProblem(file, e.line, e.column, "", Message.of("policy.load.syntax", e.detail)))
                    : rethrow(new InputProblem(file, line, column, WRAPPER_MEMBER,
                            Message.of("policy.load.syntaxInPolicyString", e.line, e.column, e.detail)));
        }
    }

    private static LocatedJson rethrow(InputProblem problem) throws InputException {
        throw new InputException(problem);
    }

    private static JsonNode document(String file, LocatedJson root, String prefix) throws InputException {
        if (!(root instanceof LocatedJson.JObject o)) {
            throw problem(file, root, "", Message.of("policy.load.notDocument", root.typeName()));
        }
        ObjectNode out = NODES.objectNode();
        for (LocatedJson.Field f : o.fields().values()) {
            if (!DOCUMENT_MEMBERS.contains(f.name())) {
                throw new InputException(new InputProblem(file, f.line(), f.column(), prefix + f.name(),
                        Message.of("policy.load.unknownMember", f.name(), String.join(", ", DOCUMENT_MEMBERS.stream().sorted().toList()))));
            }
        }
        LocatedJson.Field version = o.fields().get("Version");
        if (version != null) {
            out.put("Version", string(file, prefix + "Version", version.value()));
        }
        LocatedJson.Field statement = o.fields().get("Statement");
        if (statement == null) {
            throw problem(file, root, "", Message.of("policy.load.noStatement"));
        }
        ArrayNode statements = out.putArray("Statement");
        List<LocatedJson> items = statement.value() instanceof LocatedJson.JArray a ? a.items() : List.of(statement.value());
        for (int i = 0; i < items.size(); i++) {
            statements.add(statement(file, prefix + "Statement[" + i + "]", items.get(i)));
        }
        return out;
    }

    private static JsonNode statement(String file, String path, LocatedJson value) throws InputException {
        if (!(value instanceof LocatedJson.JObject o)) {
            throw problem(file, value, path, Message.of("policy.load.statementNotObject", path, value.typeName()));
        }
        ObjectNode out = NODES.objectNode();
        for (LocatedJson.Field f : o.fields().values()) {
            if (!STATEMENT_MEMBERS.contains(f.name())) {
                throw new InputException(new InputProblem(file, f.line(), f.column(), path + "." + f.name(),
                        Message.of("policy.load.unknownMember", f.name(), String.join(", ", STATEMENT_MEMBERS))));
            }
            String at = path + "." + f.name();
            out.set(f.name(), switch (f.name()) {
                case "Sid" -> NODES.textNode(string(file, at, f.value()));
                case "Effect" -> effect(file, at, f.value());
                case "Principal", "NotPrincipal" -> principal(file, at, f.value());
                case "Condition" -> condition(file, at, f.value());
                default -> strings(file, at, f.value());
            });
        }
        if (!out.has("Effect")) {
            throw problem(file, value, path, Message.of("policy.load.missingMember", path, "Effect"));
        }
        return out;
    }

    private static JsonNode effect(String file, String path, LocatedJson value) throws InputException {
        String effect = string(file, path, value);
        if (!effect.equals("Allow") && !effect.equals("Deny")) {
            throw problem(file, value, path, Message.of("policy.load.badEffect", effect));
        }
        return NODES.textNode(effect);
    }

    private static JsonNode principal(String file, String path, LocatedJson value) throws InputException {
        if (value instanceof LocatedJson.JString s && s.value().equals("*")) {
            return NODES.textNode("*");
        }
        if (!(value instanceof LocatedJson.JObject o)) {
            throw problem(file, value, path, Message.of("policy.load.badPrincipal", path));
        }
        ObjectNode out = NODES.objectNode();
        for (LocatedJson.Field f : o.fields().values()) {
            out.set(f.name(), strings(file, path + "." + f.name(), f.value()));
        }
        return out;
    }

    private static JsonNode condition(String file, String path, LocatedJson value) throws InputException {
        if (!(value instanceof LocatedJson.JObject o)) {
            throw problem(file, value, path, Message.of("policy.load.badCondition", path));
        }
        ObjectNode out = NODES.objectNode();
        for (LocatedJson.Field operator : o.fields().values()) {
            String at = path + "." + operator.name();
            if (!(operator.value() instanceof LocatedJson.JObject keys)) {
                throw problem(file, operator.value(), at, Message.of("policy.load.badCondition", at));
            }
            ObjectNode node = out.putObject(operator.name());
            for (LocatedJson.Field key : keys.fields().values()) {
                node.set(key.name(), strings(file, at + "." + key.name(), key.value()));
            }
        }
        return out;
    }

    /** A string, or an array of strings; numbers and booleans are taken as their text, as IAM does. */
    private static JsonNode strings(String file, String path, LocatedJson value) throws InputException {
        if (value instanceof LocatedJson.JArray a) {
            ArrayNode out = NODES.arrayNode();
            for (int i = 0; i < a.items().size(); i++) {
                out.add(string(file, path + "[" + i + "]", a.items().get(i)));
            }
            return out;
        }
        return NODES.textNode(string(file, path, value));
    }

    private static String string(String file, String path, LocatedJson value) throws InputException {
        if (value instanceof LocatedJson.JString s) {
            return s.value();
        }
        if (value instanceof LocatedJson.JNumber n) {
            return n.text();
        }
        if (value instanceof LocatedJson.JBoolean b) {
            return Boolean.toString(b.value());
        }
        throw problem(file, value, path, Message.of("policy.load.notString", path, value.typeName()));
    }

    private static InputException problem(String file, LocatedJson at, String path, Message message) {
        return new InputException(new InputProblem(file, at.line(), at.column(), path, message));
    }
}
