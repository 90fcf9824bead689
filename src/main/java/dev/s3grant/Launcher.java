package dev.s3grant;

import dev.s3grant.cli.S3GrantCommand;

/**
 * Entry point of the runnable jar and of both packaged launchers. With no arguments, or with one
 * design file, it opens the designer window (on that design); with a subcommand or an option it
 * runs the CLI; {@code -Ds3grant.launcher=cli} (the packaged {@code s3grant}) always runs the CLI.
 * It must not extend {@code javafx.application.Application}, or a fat jar fails with "JavaFX
 * runtime components are missing".
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        switch (LaunchMode.of(System.getProperty(LaunchMode.PROPERTY, ""), args)) {
            case WINDOW -> dev.s3grant.ui.DesignerApp.launchWindow(args);
            case TRAINING -> TrainingRun.run(args);
            case CLI -> exit(S3GrantCommand.run(args));
        }
    }

    /**
     * Ends the CLI with its exit code; on success by returning from {@code main}, which ends the
     * program as well (the façade's threads are daemons): since Java 21 {@code System.exit} starts
     * the platform's logging to log the exit, 15–23 ms of the main thread's CPU here (decision 0050).
     */
    private static void exit(int code) {
        if (code != 0) {
            System.exit(code);
        }
    }
}
