package dev.s3grant.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code s3grant} command and its subcommands. */
@Command(name = "s3grant",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Designs a cross-account S3 write grant: policies and Terraform for both accounts.",
        subcommands = {GenerateCommand.class, ValidateCommand.class, CheckCommand.class, ExplainCommand.class,
                DiffCommand.class, CompareCommand.class})
public final class S3GrantCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
    }

    /** Runs the CLI and returns its exit code: 0 success, 1 a negative answer, 2 unusable input. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** The configured command line, for callers that set their own output streams. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new S3GrantCommand());
        cli.setExitCodeExceptionMapper(e -> ExitCodes.UNUSABLE_INPUT);
        cli.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println(e.getMessage());
            e.getCommandLine().getErr().println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return ExitCodes.UNUSABLE_INPUT;
        });
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("s3grant: internal error: " + e);
            return ExitCodes.UNUSABLE_INPUT;
        });
        return cli;
    }
}
