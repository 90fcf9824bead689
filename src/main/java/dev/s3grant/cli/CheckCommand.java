package dev.s3grant.cli;

import dev.s3grant.analysis.access.AdHocResult;
import dev.s3grant.analysis.access.Caller;
import dev.s3grant.app.AccessCheck;
import dev.s3grant.app.DesignArtifacts;
import dev.s3grant.app.ExistingFilesCheck;
import dev.s3grant.app.GrantDesigner;
import dev.s3grant.app.SarifReport;
import dev.s3grant.existing.check.ExistingCheckResult;
import dev.s3grant.io.InputException;
import dev.s3grant.model.Design;
import dev.s3grant.text.Localizer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code check DESIGN --matrix} evaluates the design's access matrix (exit 0 when every row gets its
 * intended outcome, 1 otherwise); {@code check DESIGN --principal P --action A --resource R
 * [--context key=value ...]} evaluates one request (exit 0 allowed, 1 denied); {@code check [DESIGN]
 * --against PATH...} checks existing Terraform or policy files as they are (exit 0 when every row is as
 * intended and the folders fit together, 1 otherwise). Exit 2 on unusable input.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Proves the grant: evaluates the access matrix of a design, or one request against its policies.")
final class CheckCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format {
        text,
        json,
        sarif
    }

    @Mixin
    DesignFileParameter.IfGiven design = new DesignFileParameter.IfGiven();

    @Option(names = "--against", arity = "1..*", paramLabel = "PATH",
            description = "Check existing Terraform or policy JSON as it is: one folder or files, or the two accounts' folders; "
                    + "DESIGN is optional with it.")
    List<Path> against = new ArrayList<>();

    @Option(names = "--matrix", description = "Evaluate every request of the access matrix.")
    boolean matrix;

    @Option(names = "--principal", paramLabel = "ARN_OR_SERVICE",
            description = "Who makes the request: a role, session or account root ARN, or a service principal.")
    String principal;

    @Option(names = "--action", paramLabel = "ACTION", description = "The action, for example s3:PutObject.")
    String action;

    @Option(names = "--resource", paramLabel = "ARN", description = "The resource ARN.")
    String resource;

    @Option(names = "--context", paramLabel = "KEY=VALUE",
            description = "A condition key of the request; repeat the option for more keys or values.")
    List<String> context = new ArrayList<>();

    @Option(names = "--format", paramLabel = "text|json|sarif",
            description = "Output format: text (default), json, or sarif (SARIF 2.1.0 for code scanning, with --against only).")
    Format format = Format.text;

    @Mixin
    CommandConsole console = new CommandConsole();

    @Override
    public Integer call() {
        Localizer text = console.localizer();
        boolean adHoc = principal != null || action != null || resource != null || !context.isEmpty();
        if (!against.isEmpty()) {
            return matrix || adHoc ? console.unusable(text.format("access.cli.modeRequired")) : checkExisting(text);
        }
        if (format == Format.sarif) {
            return console.unusable(text.format("access.cli.sarifAgainstOnly"));
        }
        if (!design.given()) {
            return console.unusable(text.format("access.cli.designRequired"));
        }
        if (matrix == adHoc || adHoc && (principal == null || action == null || resource == null)) {
            return console.unusable(text.format("access.cli.modeRequired"));
        }
        Design loaded;
        try {
            loaded = design.load();
        } catch (InputException e) {
            return console.unusable(e);
        }
        DesignArtifacts artifacts = GrantDesigner.artifacts(loaded);
        if (matrix) {
            console.print(format == Format.json
                    ? AccessReportJson.matrix(loaded.name(), artifacts.accessMatrix(), text)
                    : AccessReportText.matrix(loaded.name(), artifacts.accessMatrix(), text));
            return artifacts.accessMatrix().allMatch() ? ExitCodes.OK : ExitCodes.NEGATIVE;
        }
        Caller caller;
        try {
            caller = AccessCheck.caller(principal, loaded);
        } catch (IllegalArgumentException e) {
            return console.unusable(text.format("access.cli.badPrincipal", principal));
        }
        Map<String, List<String>> given = new LinkedHashMap<>();
        for (String pair : context) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                return console.unusable(text.format("access.cli.badContext", pair));
            }
            given.computeIfAbsent(pair.substring(0, eq), k -> new ArrayList<>()).add(pair.substring(eq + 1));
        }
        AdHocResult result = AccessCheck.evaluate(artifacts, caller, action, resource, given);
        console.print(format == Format.json ? AccessReportJson.adHoc(result, text) : AccessReportText.adHoc(result, text));
        return result.evaluation().decision().allowed() ? ExitCodes.OK : ExitCodes.NEGATIVE;
    }

    private int checkExisting(Localizer text) {
        ExistingCheckResult result;
        try {
            Optional<Design> loaded = design.loadIfGiven();
            result = ExistingFilesCheck.run(against, loaded);
        } catch (InputException e) {
            return console.unusable(e);
        }
        console.print(switch (format) {
            case json -> ExistingReportJson.of(result, text);
            case sarif -> SarifReport.ofExisting(against, result, text);
            case text -> ExistingReportText.of(result, text);
        });
        return result.asIntended() ? ExitCodes.OK : ExitCodes.NEGATIVE;
    }
}
