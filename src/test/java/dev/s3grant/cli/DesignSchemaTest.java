package dev.s3grant.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.s3grant.io.DesignWriter;
import dev.s3grant.model.DesignField;
import dev.s3grant.model.WriterFiles;
import dev.s3grant.testing.TestDesigns;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/schemas/design.schema.json describes the design files the designer writes, {@code options.writerFiles} included. */
class DesignSchemaTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path SCHEMA = Path.of("docs/schemas/design.schema.json");

    @Test
    void everyGoldenDesignAsTheDesignerWritesItFollowsTheSchema() throws IOException {
        JsonNode schema = MAPPER.readTree(SCHEMA.toFile());
        for (String name : TestDesigns.NAMES) {
            List<String> problems = new ArrayList<>();
            ExplainJsonSchemaTest.check(schema, MAPPER.readTree(DesignWriter.write(TestDesigns.load(name))), "$", problems);
            assertThat(problems).as(name).isEmpty();
        }
    }

    @Test
    void theWriterFilesChoiceListsTheModelsValues() throws IOException {
        JsonNode writerFiles = MAPPER.readTree(SCHEMA.toFile()).path("properties").path("options").path("properties")
                .path(DesignField.WRITER_FILES.jsonName());

        assertThat(writerFiles.path("enum")).extracting(JsonNode::asText)
                .containsExactlyElementsOf(Arrays.stream(WriterFiles.values()).map(Enum::name).toList());
    }

    @Test
    void anUnknownOptionIsReported() throws IOException {
        JsonNode schema = MAPPER.readTree(SCHEMA.toFile());
        List<String> problems = new ArrayList<>();
        String text = DesignWriter.write(TestDesigns.load("shared-writer")).replace("\"SHARED\"", "\"ONE\"");

        ExplainJsonSchemaTest.check(schema, MAPPER.readTree(text), "$", problems);

        assertThat(problems).containsExactly("$.options.writerFiles: ONE is not one of [\"PER_ACCOUNT\",\"SHARED\"]");
    }
}
