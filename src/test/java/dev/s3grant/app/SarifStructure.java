package dev.s3grant.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The structure SARIF 2.1.0 requires of the objects our logs use, as the OASIS specification
 * (sections 3.13 sarifLog, 3.14 run, 3.18 tool, 3.19 toolComponent, 3.27 result, 3.28 location,
 * 3.29 physicalLocation, 3.30 region, 3.33 logicalLocation, 3.49 reportingDescriptor, 3.50
 * reportingConfiguration, 3.11 message, 3.12 multiformatMessageString, 3.4 artifactLocation) and its
 * JSON schema state it: required properties, the properties each object may have (the schema allows
 * no others), enumerations and minimums, from the specification:
 * https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html. Before those, every log is
 * validated against the SARIF 2.1.0 JSON schema itself (the file OASIS publishes, as shipped in a test
 * dependency), with a JSON Schema validator.
 */
public final class SarifStructure {

    private static final Set<String> LEVELS = Set.of("none", "note", "warning", "error");

    private SarifStructure() {
    }

    /** The schema file in the test class path. */
    static final String SCHEMA = "schema/sarif-schema-2.1.0.json";

    private static Schema schema;

    /**
     * Fails with every error the SARIF 2.1.0 JSON schema reports (each with its instance path), then with
     * the path of the first property that breaks the structure of the specification.
     */
    public static void assertValid(JsonNode log) {
        assertThat(schemaErrors(log)).as("errors against the SARIF 2.1.0 JSON schema").isEmpty();
        only(log, "$", "$schema", "version", "runs", "inlineExternalProperties", "properties");
        assertThat(log.path("version").asText()).as("$.version").isEqualTo("2.1.0");
        assertThat(log.path("$schema").asText()).as("$.$schema").startsWith("https://");
        assertThat(log.path("runs").isArray()).as("$.runs is an array").isTrue();
        for (int r = 0; r < log.path("runs").size(); r++) {
            run(log.path("runs").get(r), "$.runs[" + r + "]");
        }
    }

    /** The errors the SARIF 2.1.0 JSON schema reports for {@code log}, as text with their instance paths. */
    public static List<String> schemaErrors(JsonNode log) {
        return sarifSchema().validate(log).stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
    }

    private static synchronized Schema sarifSchema() {
        if (schema == null) {
            InputStream in = SarifStructure.class.getClassLoader().getResourceAsStream(SCHEMA);
            assertThat(in).as(SCHEMA + " in the test class path").isNotNull();
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
        }
        return schema;
    }

    private static void run(JsonNode run, String at) {
        only(run, at, "tool", "results", "columnKind", "artifacts", "invocations", "logicalLocations",
                "originalUriBaseIds", "language", "properties");
        assertThat(run.has("tool")).as(at + ".tool is required").isTrue();
        if (run.has("columnKind")) {
            assertThat(run.get("columnKind").asText()).as(at + ".columnKind").isIn("utf16CodeUnits", "unicodeCodePoints");
        }
        JsonNode tool = run.get("tool");
        only(tool, at + ".tool", "driver", "extensions", "properties");
        JsonNode driver = tool.path("driver");
        String d = at + ".tool.driver";
        only(driver, d, "name", "version", "semanticVersion", "informationUri", "rules", "fullName", "organization",
                "shortDescription", "fullDescription", "properties");
        text(driver, d + ".name", "name");
        if (driver.has("informationUri")) {
            assertThat(driver.get("informationUri").asText()).as(d + ".informationUri").startsWith("https://");
        }
        Set<String> ids = new HashSet<>();
        JsonNode rules = driver.path("rules");
        for (int i = 0; i < rules.size(); i++) {
            JsonNode rule = rules.get(i);
            String ra = d + ".rules[" + i + "]";
            only(rule, ra, "id", "name", "shortDescription", "fullDescription", "help", "helpUri", "defaultConfiguration",
                    "messageStrings", "properties");
            text(rule, ra + ".id", "id");
            assertThat(ids.add(rule.get("id").asText())).as(ra + ".id is unique").isTrue();
            for (String m : List.of("shortDescription", "fullDescription", "help")) {
                if (rule.has(m)) {
                    only(rule.get(m), ra + "." + m, "text", "markdown", "properties");
                    text(rule.get(m), ra + "." + m + ".text", "text");
                }
            }
            if (rule.has("helpUri")) {
                assertThat(rule.get("helpUri").asText()).as(ra + ".helpUri").startsWith("https://");
            }
            if (rule.has("defaultConfiguration")) {
                JsonNode config = rule.get("defaultConfiguration");
                only(config, ra + ".defaultConfiguration", "enabled", "level", "rank", "parameters", "properties");
                assertThat(config.path("level").asText()).as(ra + ".defaultConfiguration.level").isIn(LEVELS);
            }
        }
        JsonNode results = run.path("results");
        assertThat(results.isArray()).as(at + ".results is an array").isTrue();
        for (int i = 0; i < results.size(); i++) {
            result(results.get(i), at + ".results[" + i + "]", rules);
        }
    }

    private static void result(JsonNode result, String at, JsonNode rules) {
        only(result, at, "ruleId", "ruleIndex", "level", "message", "locations", "kind", "suppressions",
                "partialFingerprints", "properties");
        only(result.path("message"), at + ".message", "text", "markdown", "id", "arguments", "properties");
        text(result.path("message"), at + ".message.text", "text");
        assertThat(result.path("level").asText()).as(at + ".level").isIn(LEVELS);
        if (result.has("ruleIndex")) {
            int index = result.get("ruleIndex").asInt();
            assertThat(index).as(at + ".ruleIndex").isBetween(0, rules.size() - 1);
            assertThat(rules.get(index).get("id").asText()).as(at + ".ruleIndex names ruleId")
                    .isEqualTo(result.path("ruleId").asText());
        }
        JsonNode suppressions = result.path("suppressions");
        for (int i = 0; i < suppressions.size(); i++) {
            String sa = at + ".suppressions[" + i + "]";
            only(suppressions.get(i), sa, "guid", "kind", "status", "justification", "location", "properties");
            assertThat(suppressions.get(i).path("kind").asText()).as(sa + ".kind").isIn("inSource", "external");
        }
        JsonNode locations = result.path("locations");
        for (int i = 0; i < locations.size(); i++) {
            String la = at + ".locations[" + i + "]";
            JsonNode location = locations.get(i);
            only(location, la, "id", "physicalLocation", "logicalLocations", "message", "annotations", "relationships",
                    "properties");
            JsonNode physical = location.path("physicalLocation");
            only(physical, la + ".physicalLocation", "address", "artifactLocation", "region", "contextRegion", "properties");
            only(physical.path("artifactLocation"), la + ".physicalLocation.artifactLocation", "uri", "uriBaseId", "index",
                    "description", "properties");
            text(physical.path("artifactLocation"), la + ".physicalLocation.artifactLocation.uri", "uri");
            JsonNode region = physical.path("region");
            only(region, la + ".physicalLocation.region", "startLine", "startColumn", "endLine", "endColumn", "charOffset",
                    "charLength", "byteOffset", "byteLength", "snippet", "message", "sourceLanguage", "properties");
            assertThat(region.path("startLine").asInt(0)).as(la + ".region.startLine").isGreaterThanOrEqualTo(1);
            assertThat(region.path("startColumn").asInt(1)).as(la + ".region.startColumn").isGreaterThanOrEqualTo(1);
            JsonNode logical = location.path("logicalLocations");
            for (int j = 0; j < logical.size(); j++) {
                only(logical.get(j), la + ".logicalLocations[" + j + "]", "name", "index", "fullyQualifiedName",
                        "decoratedName", "parentIndex", "kind", "properties");
            }
        }
    }

    private static void text(JsonNode node, String at, String field) {
        assertThat(node.path(field).isTextual()).as(at + " is a string").isTrue();
        assertThat(node.path(field).asText()).as(at + " is not empty").isNotEmpty();
    }

    private static void only(JsonNode node, String at, String... allowed) {
        if (node.isMissingNode()) {
            return;
        }
        assertThat(node.isObject()).as(at + " is an object").isTrue();
        Set<String> names = Set.of(allowed);
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            assertThat(names).as(at + " may not have " + name).contains(name);
        }
    }
}
