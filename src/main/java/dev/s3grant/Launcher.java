package dev.s3grant;

import dev.s3grant.cli.S3GrantCommand;

/**
 * Entry point of the runnable jar. With no arguments it opens the designer window; with arguments
 * it runs the CLI. It must not extend {@code javafx.application.Application}, or a fat jar fails
 * with "JavaFX runtime components are missing".
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            dev.s3grant.ui.DesignerApp.launchWindow(args);
            return;
        }
        System.exit(S3GrantCommand.run(args));
    }
}
