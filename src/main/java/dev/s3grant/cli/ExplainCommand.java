package dev.s3grant.cli;

import dev.s3grant.app.GrantDesigner;
import dev.s3grant.explain.Explanations;
import dev.s3grant.explain.MarkdownRenderer;
import dev.s3grant.explain.TextRenderer;
import dev.s3grant.io.InputException;
import dev.s3grant.text.Localizer;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code explain DESIGN --lang ja|en [--format markdown|text]}: the overview, then one section per
 * document with every statement, then one per Terraform file with every resource.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Explains every policy statement and Terraform resource of a design, in English or Japanese.")
final class ExplainCommand implements Callable<Integer> {

    @Mixin
    DesignFileParameter design = new DesignFileParameter();

    @Option(names = "--format", paramLabel = "markdown|text", defaultValue = "markdown",
            description = "Output format: markdown (default) or text.")
    String format;

    @Mixin
    CommandConsole console = new CommandConsole();

    @Override
    public Integer call() {
        boolean markdown = "markdown".equalsIgnoreCase(format);
        if (!markdown && !"text".equalsIgnoreCase(format)) {
            throw new CommandLine.ParameterException(console.commandLine(),
                    "Invalid value for option '--format': '" + format + "' (expected markdown or text)");
        }
        try {
            Explanations explanations = GrantDesigner.artifacts(design.load()).explanations();
            Localizer localizer = console.localizer();
            console.print(markdown
                    ? MarkdownRenderer.render(explanations, localizer)
                    : TextRenderer.render(explanations, localizer));
            return ExitCodes.OK;
        } catch (InputException e) {
            return console.unusable(e);
        }
    }
}
