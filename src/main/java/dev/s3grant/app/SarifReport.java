package dev.s3grant.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.s3grant.analysis.Finding;
import dev.s3grant.analysis.Location;
import dev.s3grant.analysis.Severity;
import dev.s3grant.analysis.document.DocumentRules;
import dev.s3grant.analysis.findings.Rule;
import dev.s3grant.analysis.findings.RuleCatalog;
import dev.s3grant.existing.check.ExistingCheckResult;
import dev.s3grant.io.DesignFieldPositions;
import dev.s3grant.io.DesignFiles;
import dev.s3grant.io.InputException;
import dev.s3grant.model.DocLinks;
import dev.s3grant.policy.PrettyJson;
import dev.s3grant.text.Localizer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.function.Function;

/**
 * Findings as a SARIF 2.1.0 log, the format GitHub code scanning and other SARIF viewers read:
 * one run whose driver lists every rule that can fire (id = code, title, the reason for its
 * severity, the AWS page), and one result per finding, in the user's language, located on the
 * design file's field ({@code validate}) or on the {@code .tf} block ({@code check --against}).
 */
public final class SarifReport {

    static final String SCHEMA = DocLinks.SARIF_SCHEMA;
    static final String VERSION = "2.1.0";
    static final String TOOL = "s3grant";
    /** The page the tool's work rests on: cross-account access as IAM evaluates it. */
    static final String INFORMATION_URI = DocLinks.CROSS_ACCOUNT_EVALUATION;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Function<Finding, Optional<String>> NOTHING_ACCEPTED = finding -> Optional.empty();

    private SarifReport() {
    }

    /**
     * The log of {@code validate}: every finding located on the design file, at the line and column
     * of its field when it is a field (or the nearest field the file has), else at line 1, with the
     * location's text as the logical location. A finding the design accepts ({@code accepted} gives
     * its reason) carries {@code suppressions: [{kind: "inSource", justification: reason}]}
     * (docs/decisions/0036-accepted-findings.md).
     *
     * @param designFile the design file as the user named it; it is read again to find where the fields are
     * @throws InputException when the design file cannot be read
     */
    public static String ofDesign(Path designFile, List<Finding> findings, Function<Finding, Optional<String>> accepted,
                                  Localizer text) throws InputException {
        return ofDesign(designFile, DesignFiles.readText(designFile, DesignFiles.MAX_BYTES), findings, accepted, text);
    }

    /** {@link #ofDesign(Path, List, Function, Localizer)} with the design file's text already read and nothing accepted. */
    static String ofDesign(Path designFile, String designText, List<Finding> findings, Localizer text) {
        return ofDesign(designFile, designText, findings, NOTHING_ACCEPTED, text);
    }

    static String ofDesign(Path designFile, String designText, List<Finding> findings,
                           Function<Finding, Optional<String>> accepted, Localizer text) {
        DesignFieldPositions positions = DesignFieldPositions.of(designText);
        String uri = uri(designFile);
        return write(findings, text, accepted, finding -> {
            DesignFieldPositions.Position at = finding.location().match(new FieldOnly())
                    .flatMap(positions::nearest).orElse(new DesignFieldPositions.Position(1, 1));
            return new Place(uri, at.line(), at.column());
        });
    }

    /**
     * The log of {@code check --against}: the findings on the files as they are and one S3G-900
     * result per row that is not as intended, located on the {@code .tf} block or policy file where
     * it is known, else on the first path checked.
     */
    public static String ofExisting(List<Path> against, ExistingCheckResult result, Localizer text) {
        ExistingFileLines lines = new ExistingFileLines(against);
        String rowFile = result.grant().bucketPolicy().map(p -> p.name()).orElse("");
        List<Finding> findings = new ArrayList<>(result.findings());
        findings.addAll(result.matrix().findings());
        return write(findings, text, NOTHING_ACCEPTED, finding -> {
            String name = finding.location() instanceof Location.AccessRowLocation ? rowFile : finding.location().text();
            return lines.place(name);
        });
    }

    /** Every rule that can appear in a result: the catalogue's and the document rules', by code. */
    static List<Rule> rules() {
        Map<String, Rule> byCode = new TreeMap<>();
        RuleCatalog.all().forEach(r -> byCode.putIfAbsent(r.code(), r));
        DocumentRules.all().forEach(r -> byCode.putIfAbsent(r.code(), r));
        return List.copyOf(byCode.values());
    }

    /** The SARIF level of a severity. */
    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case SECURITY_WARNING, WARNING -> "warning";
            case SUGGESTION -> "note";
        };
    }

    private static String write(List<Finding> findings, Localizer text, Function<Finding, Optional<String>> accepted,
                                Function<Finding, Place> places) {
        ObjectNode log = NODES.objectNode();
        log.put("$schema", SCHEMA);
        log.put("version", VERSION);
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", TOOL);
        driver.put("version", toolVersion());
        driver.put("informationUri", INFORMATION_URI);
        List<Rule> rules = rules();
        ArrayNode ruleNodes = driver.putArray("rules");
        List<String> codes = new ArrayList<>();
        for (Rule rule : rules) {
            codes.add(rule.code());
            putRule(ruleNodes.addObject(), rule, text);
        }
        ArrayNode results = run.putArray("results");
        for (Finding finding : findings) {
            ObjectNode result = results.addObject();
            result.put("ruleId", finding.code());
            int index = codes.indexOf(finding.code());
            if (index >= 0) {
                result.put("ruleIndex", index);
            }
            result.put("level", level(finding.severity()));
            result.putObject("message").put("text", text.render(finding.message()));
            ObjectNode location = result.putArray("locations").addObject();
            Place place = places.apply(finding);
            ObjectNode physical = location.putObject("physicalLocation");
            physical.putObject("artifactLocation").put("uri", place.uri());
            ObjectNode region = physical.putObject("region");
            region.put("startLine", place.line());
            region.put("startColumn", place.column());
            location.putArray("logicalLocations").addObject().put("fullyQualifiedName", finding.location().text());
            accepted.apply(finding).ifPresent(reason -> result.putArray("suppressions").addObject()
                    .put("kind", "inSource").put("justification", reason));
        }
        run.put("columnKind", "utf16CodeUnits");
        return PrettyJson.write(log);
    }

    private static void putRule(ObjectNode node, Rule rule, Localizer text) {
        String why = text.text(rule.whyKey());
        node.put("id", rule.code());
        node.put("name", rule.messageKey().replaceFirst("^findings\\.", ""));
        node.putObject("shortDescription").put("text", text.text(rule.titleKey()));
        node.putObject("fullDescription").put("text", why);
        node.putObject("help").put("text", why);
        node.put("helpUri", rule.docUrl());
        node.putObject("defaultConfiguration").put("level", level(rule.severity()));
    }

    /** The path as a relative URI reference when it is relative (as code scanning wants), else a file URI. */
    static String uri(Path path) {
        return path.isAbsolute() ? path.toUri().toString() : path.normalize().toString().replace('\\', '/');
    }

    private static String toolVersion() {
        String version = SarifReport.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    /** Where a result is: a file and a position in it, both from 1. */
    record Place(String uri, int line, int column) {
    }

    /** The path of a field location; nothing for the other kinds. */
    private static final class FieldOnly implements Location.Cases<Optional<String>> {
        @Override
        public Optional<String> field(Location.FieldLocation field) {
            return Optional.of(field.path());
        }

        @Override
        public Optional<String> fileElement(Location.FileElementLocation element) {
            return Optional.empty();
        }

        @Override
        public Optional<String> file(Location.FileLocation file) {
            return Optional.empty();
        }

        @Override
        public Optional<String> accessRow(Location.AccessRowLocation row) {
            return Optional.empty();
        }
    }
}
