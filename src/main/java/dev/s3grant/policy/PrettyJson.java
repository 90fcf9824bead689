package dev.s3grant.policy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** The project's one JSON layout: two-space indentation, {@code "key": value}, {@code []}, LF, final newline. */
public final class PrettyJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    /** Made on first use: Jackson's object mapper is slow to start, and a document written token by token needs none. */
    private static final class Tree {
        static final ObjectWriter WRITER = new ObjectMapper().writer(JsonLayout.printer());
    }

    /** What writes a document's tokens. */
    @FunctionalInterface
    public interface Tokens {
        void writeTo(JsonGenerator generator) throws IOException;
    }

    private PrettyJson() {
    }

    public static String write(JsonNode node) {
        try {
            return Tree.WRITER.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The document {@code tokens} writes with Jackson's streaming generator, in the same layout as {@link #write(JsonNode)}. */
    public static String write(Tokens tokens) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.setPrettyPrinter(JsonLayout.printer());
            tokens.writeTo(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }
}
