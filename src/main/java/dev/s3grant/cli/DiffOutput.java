package dev.s3grant.cli;

import dev.s3grant.app.FindingChanges;
import dev.s3grant.app.GateVerdict;
import dev.s3grant.app.PullRequestSummary;
import dev.s3grant.diff.DiffJson;
import dev.s3grant.diff.DiffResult;
import dev.s3grant.diff.DiffTextReport;
import dev.s3grant.diff.SideNames;
import picocli.CommandLine.Option;

/** {@code --format text|json} and {@code --ignore-formatting} of {@code diff} and {@code compare}, and the output itself. */
final class DiffOutput {

    /** Lower-case constants, so that picocli accepts and lists exactly {@code text} and {@code json}. */
    enum Format { text, json, markdown }

    @Option(names = "--format", paramLabel = "text|json|markdown", defaultValue = "text",
            description = "Output format: text (unified diffs, then the summary), json, or markdown "
                    + "(a pull-request summary: verdict, access table, changed findings, text diff) (default: ${DEFAULT-VALUE}).")
    Format format = Format.text;

    @Option(names = "--ignore-formatting", description = "Leave out changes that are formatting only.")
    boolean ignoreFormatting;

    boolean markdown() {
        return format == Format.markdown;
    }

    /** Prints the result and returns the exit code: 0 when identical in meaning, 1 when different. */
    int print(DiffResult result, FindingChanges findings, SideNames sides, CommandConsole console) {
        return print(result, java.util.Optional.empty(), findings, false, sides, console);
    }

    /**
     * As {@link #print(DiffResult, FindingChanges, SideNames, CommandConsole)}, with the access gate's verdict
     * for the markdown summary. The findings are only shown in the markdown summary.
     */
    int print(DiffResult result, java.util.Optional<GateVerdict> gate, FindingChanges findings, boolean allowUnknown,
              SideNames sides, CommandConsole console) {
        if (format == Format.markdown) {
            console.print(PullRequestSummary.render(result, gate, findings, allowUnknown, console.localizer(), sides));
            return result.identicalInMeaning() ? ExitCodes.OK : ExitCodes.NEGATIVE;
        }
        console.print(format == Format.json
                ? DiffJson.write(result, ignoreFormatting)
                : DiffTextReport.render(result, console.localizer(), sides, ignoreFormatting));
        return result.identicalInMeaning() ? ExitCodes.OK : ExitCodes.NEGATIVE;
    }
}
