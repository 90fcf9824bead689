package dev.s3grant.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.s3grant.analysis.Finding;
import dev.s3grant.analysis.Severity;
import dev.s3grant.app.DesignArtifacts;
import dev.s3grant.app.FindingText;
import dev.s3grant.app.GrantDesigner;
import dev.s3grant.app.SarifReport;
import dev.s3grant.io.InputException;
import dev.s3grant.model.Design;
import dev.s3grant.policy.PrettyJson;
import dev.s3grant.text.Localizer;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code validate DESIGN [--lang en|ja] [--format text|json|sarif]}: prints the findings of a design.
 * Exit 0 when no finding is an ERROR, 1 when one is (accepted or not: accepted findings are listed
 * as suppressed with their reason), 2 when the design cannot be read.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks a design and its generated policies, as IAM Access Analyzer validates a policy.")
final class ValidateCommand implements Callable<Integer> {

    /** The output formats. */
    enum Format { text, json, sarif }

    @Mixin
    DesignFileParameter design = new DesignFileParameter();

    @Option(names = "--format", paramLabel = "text|json|sarif", defaultValue = "text",
            description = "text: one line per finding and a summary; json: an array of findings; "
                    + "sarif: SARIF 2.1.0 for code scanning. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Mixin
    CommandConsole console = new CommandConsole();

    @Override
    public Integer call() {
        Design loaded;
        try {
            loaded = design.load();
        } catch (InputException e) {
            return console.unusable(e);
        }
        DesignArtifacts artifacts = GrantDesigner.artifacts(loaded);
        List<Finding> findings = artifacts.findings();
        Localizer localizer = console.localizer();
        Function<Finding, Optional<String>> accepted = artifacts::acceptedReason;
        if (format == Format.sarif) {
            try {
                console.print(SarifReport.ofDesign(design.path, findings, accepted, localizer));
            } catch (InputException e) {
                return console.unusable(e);
            }
        } else {
            console.print(format == Format.json ? json(findings, accepted, localizer) : text(findings, accepted, localizer));
        }
        boolean anyError = findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
        return anyError ? ExitCodes.NEGATIVE : ExitCodes.OK;
    }

    /**
     * {@code SEVERITY CODE location: message} per finding, then the count by severity. An accepted
     * finding has a second line with the reason, and a last line counts the accepted ones when there
     * are any. An accepted ERROR still exits 1 (docs/decisions/0036-accepted-findings.md).
     */
    static String text(List<Finding> findings, Function<Finding, Optional<String>> accepted, Localizer localizer) {
        StringBuilder text = new StringBuilder();
        long acceptedCount = 0;
        for (Finding f : findings) {
            text.append(FindingText.line(f, localizer::render)).append('\n');
            Optional<String> reason = accepted.apply(f);
            if (reason.isPresent()) {
                acceptedCount++;
                text.append("    ").append(localizer.format("validate.accepted.suppressed", reason.get())).append('\n');
            }
        }
        Object[] counts = new Object[Severity.values().length];
        for (Severity s : Severity.values()) {
            counts[s.ordinal()] = findings.stream().filter(f -> f.severity() == s).count();
        }
        text.append(localizer.format("findings.summary", counts)).append('\n');
        if (acceptedCount > 0) {
            text.append(localizer.format("validate.accepted.summary", acceptedCount)).append('\n');
        }
        return text.toString();
    }

    /**
     * An array of {@code {code, severity, location, message, docUrl}} in the order of the findings; an
     * accepted finding adds {@code "suppressed": true} and its {@code "reason"}.
     */
    static String json(List<Finding> findings, Function<Finding, Optional<String>> accepted, Localizer localizer) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (Finding f : findings) {
            ObjectNode node = array.addObject();
            node.put("code", f.code());
            node.put("severity", f.severity().name());
            node.put("location", f.location().text());
            node.put("message", localizer.render(f.message()));
            node.put("docUrl", f.docUrl());
            accepted.apply(f).ifPresent(reason -> node.put("suppressed", true).put("reason", reason));
        }
        return PrettyJson.write(array);
    }
}
