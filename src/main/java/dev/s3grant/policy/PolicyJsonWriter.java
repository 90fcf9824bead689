package dev.s3grant.policy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.s3grant.document.ElementKind;
import dev.s3grant.document.FileElement;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a document's canonical JSON with Jackson's streaming generator, in the order of
 * {@link PolicyJson#toTree}: the text that writing that tree gives, without building the tree and
 * without Jackson's object mapper, whose start-up would cost the command line a quarter of a second.
 * While it writes the pretty text it records where each statement with a Sid and each of its
 * condition keys is (decision 0027).
 */
final class PolicyJsonWriter {

    private static final JsonFactory FACTORY = new JsonFactory();

    private PolicyJsonWriter() {
    }

    /** The text and the elements of a pretty-printed document. */
    record Written(String text, List<FileElement> elements) {
    }

    /** Laid out as {@link PrettyJson} lays out every JSON file, with a final newline. */
    static String pretty(PolicyDocument document) {
        return write(document, true, null) + "\n";
    }

    /** {@link #pretty}, with the range of each statement that has a Sid and of each of its condition keys. */
    static Written prettyWithElements(PolicyDocument document) {
        List<FileElement> elements = new ArrayList<>();
        String text = write(document, true, elements) + "\n";
        List<FileElement> atLineStarts = new ArrayList<>();
        for (FileElement e : elements) {
            int start = lineStart(text, e.start());
            atLineStarts.add(FileElement.of(e.kind(), e.id(), start, e.end(), e.parent()));
        }
        // By start, the longer first; written out, since Comparator.comparingInt links lambdas no start-up cache holds (decision 0057).
        atLineStarts.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        return new Written(text, atLineStarts);
    }

    /** Without any whitespace between tokens. */
    static String minified(PolicyDocument document) {
        return write(document, false, null);
    }

    /** {@code elements}, when not null, receives the ranges of statements and condition keys. */
    private static String write(PolicyDocument document, boolean pretty, List<FileElement> elements) {
        // Room for a policy of a few statements from the start: the window writes each policy again on every keystroke.
        StringWriter out = new StringWriter(1024 + 512 * document.statements().size());
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            if (pretty) {
                g.setPrettyPrinter(JsonLayout.printer());
            }
            Recorder recorder = elements == null ? null : new Recorder(g, out, elements);
            g.writeStartObject();
            g.writeStringField("Version", document.version());
            g.writeArrayFieldStart("Statement");
            for (Statement s : document.statements()) {
                statement(g, s, s.sid().isEmpty() ? null : recorder);
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Where the generator is in the text: flushed, so that the buffer holds everything written. */
    private record Recorder(JsonGenerator g, StringWriter out, List<FileElement> elements) {

        int offset() throws IOException {
            g.flush();
            return out.getBuffer().length();
        }

        /** The first quote at or after {@code from} in what is flushed: a field name starts there, after its separator. */
        int quoteFrom(int from) {
            return out.getBuffer().indexOf("\"", from);
        }
    }

    /** The start of the line when only indentation comes before {@code offset} on it, else {@code offset}. */
    private static int lineStart(String text, int offset) {
        int start = text.lastIndexOf('\n', offset - 1) + 1;
        return text.substring(start, offset).isBlank() ? start : offset;
    }

    private static void statement(JsonGenerator g, Statement s, Recorder recorder) throws IOException {
        g.writeStartObject();
        int open = recorder == null ? 0 : recorder.offset() - 1;
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
                    int before = recorder == null ? 0 : recorder.offset();
                    g.writeFieldName(key.getKey());
                    valueOrList(g, key.getValue());
                    if (recorder != null) {
                        int end = recorder.offset();
                        recorder.elements().add(FileElement.of(ElementKind.CONDITION,
                                s.sid() + "/" + operator.getKey() + "/" + key.getKey(), recorder.quoteFrom(before), end, s.sid()));
                    }
                }
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        g.writeEndObject();
        if (recorder != null) {
            recorder.elements().add(FileElement.of(ElementKind.STATEMENT, s.sid(), open, recorder.offset(), ""));
        }
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
