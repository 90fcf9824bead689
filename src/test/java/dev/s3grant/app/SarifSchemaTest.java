package dev.s3grant.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.s3grant.analysis.Finding;
import dev.s3grant.analysis.Location;
import dev.s3grant.analysis.findings.RuleCatalog;
import dev.s3grant.model.Language;
import dev.s3grant.text.Localizer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SARIF 2.1.0 JSON schema accepts our logs and rejects broken ones, so the check in {@link SarifStructure} can fail. */
class SarifSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode log() throws Exception {
        Finding finding = RuleCatalog.all().get(0).at(new Location.FieldLocation("writers[0].accountId"));
        return (ObjectNode) JSON.readTree(SarifReport.ofDesign(Path.of("design.json"),
                "{\n  \"writers\": [{\"accountId\": \"1\"}]\n}\n", List.of(finding), Localizer.of(Language.EN)));
    }

    @Test
    void aLogWeWriteHasNoSchemaError() throws Exception {
        assertThat(SarifStructure.schemaErrors(log())).isEmpty();
    }

    @Test
    void aResultWithALevelTheSchemaDoesNotKnowIsAnError() throws Exception {
        ObjectNode log = log();
        ((ObjectNode) log.path("runs").get(0).path("results").get(0)).put("level", "fatal");

        assertThat(SarifStructure.schemaErrors(log)).anySatisfy(e -> assertThat(e).contains("level"));
    }

    @Test
    void aLogWithoutItsVersionIsAnError() throws Exception {
        ObjectNode log = log();
        log.remove("version");

        assertThat(SarifStructure.schemaErrors(log)).anySatisfy(e -> assertThat(e).contains("version"));
    }

    @Test
    void aRunWithoutItsToolIsAnError() throws Exception {
        ObjectNode log = log();
        ((ObjectNode) log.path("runs").get(0)).remove("tool");
        JsonNode broken = log;

        assertThat(SarifStructure.schemaErrors(broken)).anySatisfy(e -> assertThat(e).contains("tool"));
    }
}
