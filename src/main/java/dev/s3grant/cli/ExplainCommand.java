package dev.s3grant.cli;

import dev.s3grant.app.DesignArtifacts;
import dev.s3grant.app.ExplainedPolicy;
import dev.s3grant.app.GrantMapExport;
import dev.s3grant.app.GrantDesigner;
import dev.s3grant.app.PolicyExplanationJson;
import dev.s3grant.app.PolicyExplanationReport;
import dev.s3grant.app.PolicyExplanations;
import dev.s3grant.explain.Explanations;
import dev.s3grant.explain.MarkdownRenderer;
import dev.s3grant.explain.TextRenderer;
import dev.s3grant.io.InputException;
import dev.s3grant.text.Localizer;
import java.nio.file.Path;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code explain DESIGN --lang ja|en [--format markdown|text] [--map FILE.svg]}: the overview, then one
 * section per document with every statement, then one per Terraform file with every resource; with
 * {@code --map}, also the grant map as SVG in that language (decision 0037).
 * {@code explain --file FILE... [--format markdown|text|json]}: any policy document, statement by
 * statement, with its reach and findings (decision 0032).
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Explains every policy statement and Terraform resource of a design, in English or Japanese.",
                "With --file, explains any IAM policy document instead: JSON (also the output of get-bucket-policy) "
                        + "or the policies of a .tf file."})
final class ExplainCommand implements Callable<Integer> {

    @Mixin
    DesignFileParameter.IfGiven design = new DesignFileParameter.IfGiven();

    @Option(names = "--file", arity = "1..*", paramLabel = "FILE",
            description = "Policy files to explain instead of a design: JSON policy documents or .tf files.")
    List<Path> files;

    @Option(names = "--format", paramLabel = "markdown|text|json", defaultValue = "markdown",
            description = "Output format: markdown (default), text, or json (with --file only).")
    String format;

    @Option(names = "--map", paramLabel = "FILE.svg",
            description = "Also write the grant map of the design as SVG to this file (in the --lang language).")
    Path map;

    @Mixin
    CommandConsole console = new CommandConsole();

    @Override
    public Integer call() {
        String f = format.toLowerCase(Locale.ROOT);
        boolean anyPolicy = files != null && !files.isEmpty();
        if (design.given() == anyPolicy) {
            throw new CommandLine.ParameterException(console.commandLine(),
                    "Give either a design file or --file with policy files");
        }
        if (anyPolicy && map != null) {
            throw new CommandLine.ParameterException(console.commandLine(), "--map needs a design file, not --file");
        }
        if (!f.equals("markdown") && !f.equals("text") && !(anyPolicy && f.equals("json"))) {
            throw new CommandLine.ParameterException(console.commandLine(), "Invalid value for option '--format': '"
                    + format + "' (expected markdown or text" + (anyPolicy ? " or json" : "") + ")");
        }
        Localizer localizer = console.localizer();
        try {
            if (anyPolicy) {
                List<ExplainedPolicy> policies = PolicyExplanations.explain(files);
                console.print(switch (f) {
                    case "json" -> PolicyExplanationJson.render(policies, localizer);
                    case "text" -> PolicyExplanationReport.text(policies, localizer);
                    default -> PolicyExplanationReport.markdown(policies, localizer);
                });
                return ExitCodes.OK;
            }
            if (map != null && !Files.isDirectory(map) && !map.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg")) {
                return console.unusable(localizer.format("map.cli.svgOnly", map.getFileName()));
            }
            DesignArtifacts artifacts = GrantDesigner.artifacts(design.load());
            if (map != null) {
                GrantMapExport.saveSvg(GrantDesigner.grantMap(artifacts, console.language()), console.language(), map);
            }
            Explanations explanations = artifacts.explanations();
            console.print(f.equals("markdown")
                    ? MarkdownRenderer.render(explanations, localizer)
                    : TextRenderer.render(explanations, localizer));
            return ExitCodes.OK;
        } catch (InputException e) {
            return console.unusable(e);
        }
    }
}
