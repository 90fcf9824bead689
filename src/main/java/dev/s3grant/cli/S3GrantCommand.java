package dev.s3grant.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code s3grant} command and its subcommands. */
@Command(name = "s3grant",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Designs a cross-account S3 write grant: policies and Terraform for both accounts.")
public final class S3GrantCommand implements Runnable {

    /**
     * The subcommands, in the order the help lists them. They are added in code rather than in the
     * annotation so that a run can add only the one it runs: picocli reads a subcommand's
     * annotations when it is added, the slowest step of starting the command line.
     */
    static final List<Class<?>> SUBCOMMANDS = List.of(GenerateCommand.class, ValidateCommand.class, CheckCommand.class,
            ExplainCommand.class, DiffCommand.class, CompareCommand.class, ImportCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
    }

    /** Runs the CLI and returns its exit code: 0 success, 1 a negative answer, 2 unusable input. */
    public static int run(String... args) {
        return forArguments(args).execute(args);
    }

    /**
     * The command line a run with {@code args} needs: without subcommands for {@code --version} (or
     * {@code -V}) alone, which prints the same line either way; else {@link #commandLine(String)} of
     * the first argument.
     */
    static CommandLine forArguments(String... args) {
        boolean versionAlone = args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
        return versionAlone ? configured(new CommandLine(new S3GrantCommand())) : commandLine(args.length == 0 ? "" : args[0]);
    }

    /** Whether {@code name} names a subcommand ({@code generate}, {@code validate}, ...). */
    public static boolean isSubcommand(String name) {
        return SUBCOMMANDS.stream().anyMatch(c -> c.getAnnotation(Command.class).name().equals(name));
    }

    /** The configured command line, for callers that set their own output streams. */
    public static CommandLine commandLine() {
        return commandLine("");
    }

    /**
     * The command line with only the subcommand named {@code first} when there is one, else with all
     * of them (for the help, the version and the message about an unknown subcommand).
     */
    static CommandLine commandLine(String first) {
        CommandLine cli = new CommandLine(new S3GrantCommand());
        List<Class<?>> named = SUBCOMMANDS.stream().filter(c -> c.getAnnotation(Command.class).name().equals(first)).toList();
        (named.isEmpty() ? SUBCOMMANDS : named).forEach(cli::addSubcommand);
        return configured(cli);
    }

    /** Exit codes and error output; set after the subcommands are added: picocli passes them only to the subcommands it has. */
    private static CommandLine configured(CommandLine cli) {
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
