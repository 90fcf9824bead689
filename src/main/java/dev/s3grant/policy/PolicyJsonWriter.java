package dev.s3grant.policy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a document's canonical JSON with Jackson's streaming generator, in the order of
 * {@link PolicyJson#toTree}: the text that writing that tree gives, without building the tree and
 * without Jackson's object mapper, whose start-up would cost the command line a quarter of a second.
 */
final class PolicyJsonWriter {

    private static final JsonFactory FACTORY = new JsonFactory();

    private PolicyJsonWriter() {
    }

    /** Laid out as {@link PrettyJson} lays out every JSON file, with a final newline. */
    static String pretty(PolicyDocument document) {
        return write(document, true) + "\n";
    }

    /** Without any whitespace between tokens. */
    static String minified(PolicyDocument document) {
        return write(document, false);
    }

    private static String write(PolicyDocument document, boolean pretty) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            if (pretty) {
                g.setPrettyPrinter(JsonLayout.printer());
            }
            g.writeStartObject();
            g.writeStringField("Version", document.version());
            g.writeArrayFieldStart("Statement");
            for (Statement s : document.statements()) {
                statement(g, s);
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void statement(JsonGenerator g, Statement s) throws IOException {
        g.writeStartObject();
        if (!s.sid().isEmpty()) {
            g.writeStringField("Sid", s.sid());
        }
        g.writeStringField("Effect", s.effect().name());
        principal(g, "Principal", s.principal());
        principal(g, "NotPrincipal", s.notPrincipal());
        list(g, "Action", s.actions());
        list(g, "NotAction", s.notActions());
        list(g, "Resource", s.resources());
        list(g, "NotResource", s.notResources());
        if (!s.conditions().isEmpty()) {
            // As in the tree: one object per operator, in order of appearance; a repeated key keeps its place and its last values.
            Map<String, Map<String, List<String>>> operators = new LinkedHashMap<>();
            for (Condition c : s.conditions()) {
                operators.computeIfAbsent(c.operator(), k -> new LinkedHashMap<>()).put(c.key(), c.values());
            }
            g.writeObjectFieldStart("Condition");
            for (Map.Entry<String, Map<String, List<String>>> operator : operators.entrySet()) {
                g.writeObjectFieldStart(operator.getKey());
                for (Map.Entry<String, List<String>> key : operator.getValue().entrySet()) {
                    g.writeFieldName(key.getKey());
                    valueOrList(g, key.getValue());
                }
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void principal(JsonGenerator g, String name, Principal p) throws IOException {
        if (p == null) {
            return;
        }
        g.writeFieldName(name);
        if (p.wildcard()) {
            g.writeString("*");
            return;
        }
        g.writeStartObject();
        for (Map.Entry<String, List<String>> type : p.values().entrySet()) {
            g.writeFieldName(type.getKey());
            valueOrList(g, type.getValue());
        }
        g.writeEndObject();
    }

    private static void list(JsonGenerator g, String name, List<String> values) throws IOException {
        if (!values.isEmpty()) {
            g.writeFieldName(name);
            valueOrList(g, values);
        }
    }

    /** A single value as a string, any other number as an array. */
    private static void valueOrList(JsonGenerator g, List<String> values) throws IOException {
        if (values.size() == 1) {
            g.writeString(values.get(0));
            return;
        }
        g.writeStartArray();
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
