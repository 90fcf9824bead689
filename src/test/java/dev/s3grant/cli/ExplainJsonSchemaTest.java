package dev.s3grant.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The JSON form of {@code explain --file} is what docs/schemas/explain-file-v1.schema.json says:
 * every golden output holds exactly the required fields, of their types and allowed values, and the
 * example in docs/explain-any-policy.md is the golden output it names.
 */
class ExplainJsonSchemaTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path SCHEMA = Path.of("docs/schemas/explain-file-v1.schema.json");
    private static final Path GOLDEN = Path.of("src/test/resources/golden/explain-any");

    @Test
    void everyGoldenJsonOutputFollowsTheDocumentedSchema() throws IOException {
        JsonNode schema = MAPPER.readTree(SCHEMA.toFile());
        List<Path> outputs;
        try (Stream<Path> files = Files.list(GOLDEN)) {
            outputs = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(outputs).hasSizeGreaterThanOrEqualTo(12);
        for (Path output : outputs) {
            List<String> problems = new ArrayList<>();
            check(schema, MAPPER.readTree(output.toFile()), "$", problems);
            assertThat(problems).as(output.toString()).isEmpty();
        }
    }

    @Test
    void aFieldTheSchemaDoesNotKnowIsReported() throws IOException {
        JsonNode schema = MAPPER.readTree(SCHEMA.toFile());
        List<String> problems = new ArrayList<>();
        check(schema, MAPPER.readTree("{\"formatVersion\": 1, \"language\": \"fr\", \"documents\": [], \"extra\": true}"), "$", problems);
        assertThat(problems).containsExactlyInAnyOrder("$.language: fr is not one of [\"en\",\"ja\"]", "$: fields [extra] are unknown");
    }

    @Test
    void theDocumentedExampleIsTheGoldenOutputOfTheTrustPolicy() throws IOException {
        String doc = Files.readString(Path.of("docs/explain-any-policy.md"), StandardCharsets.UTF_8);
        String golden = Files.readString(GOLDEN.resolve("trust-policy.en.json"), StandardCharsets.UTF_8);
        assertThat(doc).contains("```json\n" + golden + "```\n");
    }

    /** The subset of JSON Schema the schema file uses: type, enum, required, properties, additionalProperties, items. */
    static void check(JsonNode schema, JsonNode value, String path, List<String> problems) {
        String type = schema.path("type").asText();
        boolean typed = switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "boolean" -> value.isBoolean();
            default -> true;
        };
        if (!typed) {
            problems.add(path + ": not " + type);
            return;
        }
        if (schema.has("enum")) {
            boolean known = false;
            for (JsonNode allowed : schema.get("enum")) {
                known |= allowed.equals(value);
            }
            if (!known) {
                problems.add(path + ": " + value.asText() + " is not one of " + schema.get("enum"));
            }
        }
        if (value.isObject() && schema.has("properties")) {
            Set<String> fields = new TreeSet<>();
            value.fieldNames().forEachRemaining(fields::add);
            for (JsonNode required : schema.path("required")) {
                if (!fields.contains(required.asText())) {
                    problems.add(path + ": " + required.asText() + " is missing");
                }
            }
            Set<String> unknown = new TreeSet<>(fields);
            schema.get("properties").fieldNames().forEachRemaining(unknown::remove);
            if (!unknown.isEmpty() && !schema.path("additionalProperties").asBoolean(true)) {
                problems.add(path + ": fields " + unknown + " are unknown");
            }
            schema.get("properties").fields().forEachRemaining(p -> {
                if (value.has(p.getKey())) {
                    check(p.getValue(), value.get(p.getKey()), path + "." + p.getKey(), problems);
                }
            });
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(schema.get("items"), value.get(i), path + "[" + i + "]", problems);
            }
        }
    }
}
