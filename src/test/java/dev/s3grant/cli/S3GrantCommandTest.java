package dev.s3grant.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.testing.TestDesigns;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class S3GrantCommandTest {

    @TempDir
    Path temp;

    record Run(int exit, String out, String err) {
    }

    static Run run(CommandLine cli, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** The command line a run builds for its arguments (only the subcommand it runs), and the full one. */
    static void assertSameAsFullCommandLine(String... args) {
        assertThat(run(S3GrantCommand.commandLine(args[0]), args)).isEqualTo(run(S3GrantCommand.commandLine(), args));
    }

    @Test
    void theHelpListsEverySubcommandInOrder() {
        Run help = run(S3GrantCommand.commandLine("--help"), "--help");

        assertThat(help.exit()).isZero();
        List<String> names = S3GrantCommand.SUBCOMMANDS.stream().map(S3GrantCommand.Subcommand::name).toList();
        assertThat(names).containsExactly("generate", "validate", "check", "explain", "diff", "compare", "import");
        assertThat(help.out()).containsSubsequence(names.stream().map(n -> "  " + n + " ").toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"generate", "validate", "check", "explain", "diff", "compare"})
    void aSubcommandAloneGivesTheHelpAndErrorsOfTheFullCommandLine(String name) {
        assertSameAsFullCommandLine(name, "--help");
        assertSameAsFullCommandLine(name);
        assertSameAsFullCommandLine(name, "--no-such-option");
    }

    @Test
    void aRunWithOnlyGenerateWritesWhatTheFullCommandLineWrites() {
        String design = TestDesigns.file("three-writers").toString();

        Run alone = run(S3GrantCommand.commandLine("generate"), "generate", design, "--out", temp.resolve("a").toString());
        Run full = run(S3GrantCommand.commandLine(), "generate", design, "--out", temp.resolve("b").toString());

        assertThat(alone.exit()).isZero();
        assertThat(alone.out().replace(temp.resolve("a").toString(), "OUT"))
                .isEqualTo(full.out().replace(temp.resolve("b").toString(), "OUT"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"--version", "-V"})
    void theVersionAloneIsPrintedWithoutBuildingTheSubcommands(String option) {
        CommandLine versionOnly = S3GrantCommand.forArguments(option);

        assertThat(versionOnly.getSubcommands()).isEmpty();
        Run version = run(versionOnly, option);
        assertThat(version).isEqualTo(run(S3GrantCommand.commandLine(), option));
        assertThat(version.exit()).isZero();
        assertThat(version.out()).startsWith("s3grant ");
    }

    @Test
    void theVersionWithOtherArgumentsGetsTheFullCommandLine() {
        assertThat(S3GrantCommand.forArguments("--version", "generate").getSubcommands()).hasSize(S3GrantCommand.SUBCOMMANDS.size());
        assertThat(S3GrantCommand.forArguments("--help").getSubcommands()).hasSize(S3GrantCommand.SUBCOMMANDS.size());
        assertThat(S3GrantCommand.forArguments("generate", "design.json").getSubcommands()).containsOnlyKeys("generate");
    }

    @Test
    void anUnknownSubcommandIsReportedAsByTheFullCommandLine() {
        assertSameAsFullCommandLine("generat", "design.json");
        Run typo = run(S3GrantCommand.commandLine("generat"), "generat");
        assertThat(typo.exit()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(typo.err()).startsWith("Unmatched argument at index 0: 'generat'");
    }
}
