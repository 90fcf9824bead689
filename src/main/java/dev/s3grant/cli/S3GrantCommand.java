package dev.s3grant.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The {@code s3grant} command and its subcommands. The root command and {@code generate} are built
 * in code, without annotations: reading a picocli annotation makes the runtime generate a proxy
 * class for its type, which no start-up cache can hold, so a {@code generate} run reads none
 * (decision 0056). The other subcommands keep their annotations.
 */
public final class S3GrantCommand implements Runnable {

    static final String DESCRIPTION = "Designs a cross-account S3 write grant: policies and Terraform for both accounts.";

    /** A subcommand's name and how to make its command object (an annotated object or a {@link CommandSpec}). */
    record Subcommand(String name, Supplier<Object> command) {
    }

    /**
     * The subcommands, in the order the help lists them. They are added in code rather than in an
     * annotation so that a run can add only the one it runs: picocli reads a subcommand's
     * annotations when it is added, the slowest step of starting the command line.
     */
    static final List<Subcommand> SUBCOMMANDS = List.of(
            new Subcommand(GenerateCommand.NAME, GenerateCommand::commandSpec),
            new Subcommand("validate", ValidateCommand::new),
            new Subcommand("check", CheckCommand::new),
            new Subcommand("explain", ExplainCommand::new),
            new Subcommand("diff", DiffCommand::new),
            new Subcommand("compare", CompareCommand::new),
            new Subcommand("import", ImportCommand::new));

    static {
        // picocli looks for Groovy's Closure class when it starts, unless told not to: the search opens the
        // application's jar (thousands of entries, 10-15 ms of a start) to find a class no command uses (decision 0057).
        System.setProperty("picocli.disable.closures", "true");
    }

    private CommandSpec spec;

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
        return versionAlone ? configured(root()) : commandLine(args.length == 0 ? "" : args[0]);
    }

    /** Whether {@code name} names a subcommand ({@code generate}, {@code validate}, ...). */
    public static boolean isSubcommand(String name) {
        return SUBCOMMANDS.stream().anyMatch(c -> c.name().equals(name));
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
        CommandLine cli = root();
        List<Subcommand> named = SUBCOMMANDS.stream().filter(c -> c.name().equals(first)).toList();
        (named.isEmpty() ? SUBCOMMANDS : named).forEach(c -> cli.addSubcommand(c.name(), c.command().get()));
        return configured(cli);
    }

    /** The root command, as its annotations declared it: name, description, {@code --help} and {@code --version}. */
    private static CommandLine root() {
        S3GrantCommand command = new S3GrantCommand();
        command.spec = StandardHelpOptions.addTo(CommandSpec.wrapWithoutInspection(command).name("s3grant")
                .versionProvider(new VersionProvider()));
        command.spec.usageMessage().description(DESCRIPTION);
        return new CommandLine(command.spec);
    }

    /** Exit codes and error output; set after the subcommands are added: picocli passes them only to the subcommands it has. */
    private static CommandLine configured(CommandLine cli) {
        cli.registerConverter(Path.class, new PathConverter());
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
