package dev.s3grant.cli;

import dev.s3grant.diff.DiffJson;
import dev.s3grant.diff.DiffResult;
import dev.s3grant.diff.DiffTextReport;
import dev.s3grant.diff.SideNames;
import picocli.CommandLine.Option;

/** {@code --format text|json} and {@code --ignore-formatting} of {@code diff} and {@code compare}, and the output itself. */
final class DiffOutput {

    /** Lower-case constants, so that picocli accepts and lists exactly {@code text} and {@code json}. */
    enum Format { text, json }

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Output format: text (unified diffs, then the summary) or json (default: ${DEFAULT-VALUE}).")
    Format format = Format.text;

    @Option(names = "--ignore-formatting", description = "Leave out changes that are formatting only.")
    boolean ignoreFormatting;

    /** Prints the result and returns the exit code: 0 when identical in meaning, 1 when different. */
    int print(DiffResult result, SideNames sides, CommandConsole console) {
        console.print(format == Format.json
                ? DiffJson.write(result, ignoreFormatting)
                : DiffTextReport.render(result, console.localizer(), sides, ignoreFormatting));
        return result.identicalInMeaning() ? ExitCodes.OK : ExitCodes.NEGATIVE;
    }
}
