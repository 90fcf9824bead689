package dev.s3grant;

import dev.s3grant.cli.S3GrantCommand;
import dev.s3grant.ui.DesignerApp;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Arrays;

/**
 * The training run of the packaged build (docs/packaging.md): the build starts it once with the
 * image's runtime to record the start-up cache (Java 25's AOT cache, or an AppCDS archive on
 * earlier runtimes), so that what a user's first commands and the first window load is already
 * parsed and linked. Arguments: {@code DESIGN OUT [--window]}. It runs {@code --version},
 * {@code validate}, {@code check}, {@code explain} and {@code generate} (eight times) on the design, then, with
 * {@code --window}, opens the window on it; the build sets {@code -Ds3grant.startupTrace=exit} so
 * that the window closes after its first frame with every part built (the window fills part by part,
 * decision 0055): the cache then holds what every part loads, not only the preview's. The build runs it twice: without
 * {@code --window} for the {@code s3grant} launcher's cache, with it for the window's (decision 0047).
 */
final class TrainingRun {

    static final int GENERATE_RUNS = 8;

    private TrainingRun() {
    }

    static void run(String[] args) {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: DESIGN OUT [--window]");
        }
        String design = args[0];
        S3GrantCommand.run("--version");
        S3GrantCommand.run("validate", design);
        S3GrantCommand.run("check", design);
        // The explanation is long and only its code path matters here: it goes nowhere.
        S3GrantCommand.commandLine().setOut(new PrintWriter(Writer.nullWriter())).execute("explain", design, "--format", "text");
        // Repeated, so that the cache keeps the method profiles of a generate that has warmed up (JEP 515,
        // Java 25): a packaged generate then spends about a tenth less of its own work (decision 0050).
        for (int i = 0; i < GENERATE_RUNS; i++) {
            S3GrantCommand.run("generate", design, "--out", args[1], "--force");
        }
        if (Arrays.asList(args).contains("--window")) {
            DesignerApp.launchWindow(new String[] {design});
        }
    }
}
