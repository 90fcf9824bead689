package dev.s3grant;

import dev.s3grant.cli.S3GrantCommand;

/**
 * What one start of the application does, decided from its arguments and from the
 * {@code s3grant.launcher} system property that the packaged launchers set.
 */
enum LaunchMode {
    /** The designer window, on the example or on the design file given as the only argument. */
    WINDOW,
    /** The command line: a subcommand, {@code --help} or {@code --version}. */
    CLI,
    /** The build's training run for the start-up cache: the CLI on the example, then the window until its first full frame. */
    TRAINING;

    /** The system property the packaged launchers set: {@code cli} for {@code s3grant}, {@code training} for the build. */
    static final String PROPERTY = "s3grant.launcher";

    /**
     * {@code s3grant} (property {@code cli}) always runs the command line. Otherwise no argument, or
     * one argument that is neither an option nor a subcommand (a design file, as a desktop passes it
     * on a double-click), opens the window; anything else is the command line.
     */
    static LaunchMode of(String launcher, String... args) {
        if (launcher.equals("cli")) {
            return CLI;
        }
        if (launcher.equals("training")) {
            return TRAINING;
        }
        if (args.length == 0) {
            return WINDOW;
        }
        boolean designFile = args.length == 1 && !args[0].startsWith("-") && !S3GrantCommand.isSubcommand(args[0]);
        return designFile ? WINDOW : CLI;
    }
}
