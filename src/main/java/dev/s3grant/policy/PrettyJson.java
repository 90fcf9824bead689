package dev.s3grant.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

/** The project's one JSON layout: two-space indentation, {@code "key": value}, {@code []}, LF, final newline. */
public final class PrettyJson {

    private static final ObjectWriter WRITER = new ObjectMapper().writer(JsonLayout.printer());

    private PrettyJson() {
    }

    public static String write(JsonNode node) {
        try {
            return WRITER.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
