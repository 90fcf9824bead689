package dev.s3grant.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.s3grant.analysis.Finding;
import dev.s3grant.analysis.Location;
import dev.s3grant.analysis.Severity;
import dev.s3grant.analysis.document.DocumentRules;
import dev.s3grant.analysis.findings.Rule;
import dev.s3grant.analysis.findings.RuleCatalog;
import dev.s3grant.model.Language;
import dev.s3grant.model.Message;
import dev.s3grant.text.Localizer;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SarifReportTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DESIGN = """
            {
              "formatVersion": 1,
              "writers": [
                {"alias": "A", "accountId": "1111"}
              ]
            }
            """;
    private static final Rule ACCOUNT_RULE = RuleCatalog.all().get(0);

    private static JsonNode design(List<Finding> findings, Language language) throws Exception {
        JsonNode log = JSON.readTree(SarifReport.ofDesign(Path.of("infra", "design.json"), DESIGN, findings,
                Localizer.of(language)));
        SarifStructure.assertValid(log);
        return log;
    }

    @Test
    void theDriverListsEveryRuleThatCanFireOnceByCode() throws Exception {
        JsonNode rules = design(List.of(), Language.EN).at("/runs/0/tool/driver/rules");
        TreeSet<String> expected = new TreeSet<>();
        Stream.concat(RuleCatalog.all().stream(), DocumentRules.all().stream()).forEach(r -> expected.add(r.code()));
        List<String> ids = Stream.iterate(0, i -> i < rules.size(), i -> i + 1).map(i -> rules.get(i).get("id").asText()).toList();
        assertThat(ids).containsExactlyElementsOf(expected);
    }

    @Test
    void aRuleCarriesItsTitleReasonLinkAndLevel() throws Exception {
        Localizer ja = Localizer.of(Language.JA);
        JsonNode rule = design(List.of(), Language.JA).at("/runs/0/tool/driver/rules/0");
        assertThat(rule.get("id").asText()).isEqualTo(ACCOUNT_RULE.code());
        assertThat(rule.at("/shortDescription/text").asText()).isEqualTo(ja.text(ACCOUNT_RULE.titleKey()));
        assertThat(rule.at("/fullDescription/text").asText()).isEqualTo(ja.text(ACCOUNT_RULE.whyKey()));
        assertThat(rule.at("/help/text").asText()).isEqualTo(ja.text(ACCOUNT_RULE.whyKey()));
        assertThat(rule.get("helpUri").asText()).isEqualTo(ACCOUNT_RULE.docUrl());
        assertThat(rule.at("/defaultConfiguration/level").asText()).isEqualTo(SarifReport.level(ACCOUNT_RULE.severity()));
    }

    @Test
    void severitiesMapToSarifLevels() {
        assertThat(Stream.of(Severity.values()).map(SarifReport::level))
                .containsExactly("error", "warning", "warning", "note");
    }

    @Test
    void aFieldFindingIsOnTheFieldsLineAndColumnWithItsPathAsLogicalLocation() throws Exception {
        Finding finding = ACCOUNT_RULE.at(new Location.FieldLocation("writers[0].accountId"), "1111");
        JsonNode result = design(List.of(finding), Language.EN).at("/runs/0/results/0");
        assertThat(result.get("ruleId").asText()).isEqualTo(ACCOUNT_RULE.code());
        assertThat(result.get("ruleIndex").asInt()).isZero();
        assertThat(result.get("level").asText()).isEqualTo(SarifReport.level(ACCOUNT_RULE.severity()));
        assertThat(result.at("/message/text").asText()).isEqualTo(Localizer.of(Language.EN).render(finding.message()));
        JsonNode location = result.at("/locations/0");
        assertThat(location.at("/physicalLocation/artifactLocation/uri").asText()).isEqualTo("infra/design.json");
        assertThat(location.at("/physicalLocation/region/startLine").asInt()).isEqualTo(4);
        assertThat(location.at("/physicalLocation/region/startColumn").asInt()).isEqualTo(20);
        assertThat(location.at("/logicalLocations/0/fullyQualifiedName").asText()).isEqualTo("writers[0].accountId");
    }

    @Test
    void aFindingOnAFieldTheFileLeavesOutIsOnTheEnclosingObject() throws Exception {
        Finding finding = ACCOUNT_RULE.at(new Location.FieldLocation("writers[0].roleName"), "x");
        JsonNode region = design(List.of(finding), Language.EN).at("/runs/0/results/0/locations/0/physicalLocation/region");
        assertThat(region.get("startLine").asInt()).isEqualTo(4);
        assertThat(region.get("startColumn").asInt()).isEqualTo(5);
    }

    @Test
    void aFindingOnAGeneratedFileIsOnTheDesignsFirstLineNamedByItsLocation() throws Exception {
        Finding finding = DocumentRules.OBJECT_ACL_GRANTED.at(new Location.FileElementLocation("bucket-policy.json", "AllowPut"));
        JsonNode location = design(List.of(finding), Language.EN).at("/runs/0/results/0/locations/0");
        assertThat(location.at("/physicalLocation/region/startLine").asInt()).isEqualTo(1);
        assertThat(location.at("/logicalLocations/0/fullyQualifiedName").asText()).isEqualTo("bucket-policy.json#AllowPut");
    }

    @Test
    void messagesAreInTheChosenLanguage() throws Exception {
        Finding finding = new Finding(ACCOUNT_RULE.code(), ACCOUNT_RULE.severity(), new Location.FieldLocation("name"),
                Message.of(ACCOUNT_RULE.messageKey(), "1111"), ACCOUNT_RULE.docUrl());
        String ja = design(List.of(finding), Language.JA).at("/runs/0/results/0/message/text").asText();
        assertThat(ja).isEqualTo(Localizer.of(Language.JA).render(finding.message()))
                .isNotEqualTo(Localizer.of(Language.EN).render(finding.message()));
    }

    @Test
    void aRelativePathStaysRelativeAndAnAbsoluteOneBecomesAFileUri() {
        assertThat(SarifReport.uri(Path.of("infra", ".", "main.tf"))).isEqualTo("infra/main.tf");
        Path absolute = Path.of("infra", "main.tf").toAbsolutePath();
        assertThat(SarifReport.uri(absolute)).isEqualTo(absolute.toUri().toString()).startsWith("file:/");
    }
}
