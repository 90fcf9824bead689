package dev.s3grant.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.s3grant.testing.Golden;
import dev.s3grant.testing.TestDesigns;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

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

    /**
     * The root command and {@code generate} are built in code (decision 0056); their help is the one
     * picocli printed from their annotations before, kept as golden files.
     */
    @Test
    void theHelpBuiltInCodeIsTheHelpTheAnnotationsGave() {
        Run root = run(S3GrantCommand.commandLine("--help"), "--help");
        Run generate = run(S3GrantCommand.commandLine("generate"), "generate", "--help");

        assertThat(root.exit()).isZero();
        assertThat(generate.exit()).isZero();
        Golden.assertMatches("cli/help.txt", root.out());
        Golden.assertMatches("cli/generate-help.txt", generate.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "--out", "--out OUT --out OTHER", "--out OUT --style bad", "--out OUT --values bad",
            "--out OUT --bogus", "--out OUT extra", "--out OUT --lang"})
    void aBadGenerateCommandLineGetsAMessageAndExitCode2(String arguments) {
        List<String> args = new java.util.ArrayList<>(List.of("generate", "design.json"));
        args.addAll(Arrays.stream(arguments.split(" ")).filter(a -> !a.isEmpty()).toList());

        Run bad = run(S3GrantCommand.commandLine("generate"), args.toArray(String[]::new));

        assertThat(bad.exit()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(bad.out()).isEmpty();
        assertThat(bad.err()).endsWith("Try 's3grant generate --help'.\n");
    }

    @Test
    void generateSaysWhatIsWrongWithItsCommandLineAsItsAnnotationsDid() {
        assertThat(run(S3GrantCommand.commandLine("generate"), "generate").err()).startsWith("Missing required parameter: 'DESIGN'");
        assertThat(run(S3GrantCommand.commandLine("generate"), "generate", "d.json").err())
                .startsWith("Missing required option: '--out=DIR'");
        assertThat(run(S3GrantCommand.commandLine("generate"), "generate", "d.json", "--out", "o", "--style", "bad").err())
                .startsWith("Invalid value for option '--style': expected jsonencode or policy-document, not 'bad'");
        assertThat(run(S3GrantCommand.commandLine("generate"), "generate", "d.json", "--out", "o", "--out", "p").err())
                .startsWith("option '--out' (DIR) should be specified only once");
        assertThat(run(S3GrantCommand.commandLine("generate"), "generate", "d.json", "--out", "o", "x").err())
                .startsWith("Unmatched argument at index 4: 'x'");
    }

    /** Reading a picocli annotation makes the runtime generate a proxy class that no start-up cache holds (decision 0056). */
    @Test
    void theRootCommandAndGenerateCarryNoPicocliAnnotation() {
        for (Class<?> c : List.of(S3GrantCommand.class, GenerateCommand.class)) {
            assertThat(c.getAnnotations()).as(c.getName()).noneMatch(a -> a.annotationType().getName().startsWith("picocli."));
            for (Field f : c.getDeclaredFields()) {
                assertThat(f.getAnnotations()).as(f.toString()).noneMatch(a -> a.annotationType().getName().startsWith("picocli."));
            }
        }
    }

    /** The summary line is concatenated, no longer printed with printf (decision 0057): the same text. */
    @Test
    void generatePrintsItsSummaryLineAsPrintfDid() {
        Path out = temp.resolve("out");
        String design = TestDesigns.file("three-writers").toString();

        Run first = run(S3GrantCommand.commandLine("generate"), "generate", design, "--out", out.toString());
        Run again = run(S3GrantCommand.commandLine("generate"), "generate", design, "--out", out.toString());

        assertThat(first.exit()).isZero();
        int files = Integer.parseInt(first.out().substring(0, first.out().indexOf(' ')));
        assertThat(files).isPositive();
        assertThat(first.out()).isEqualTo(String.format("%d created, %d overwritten, %d unchanged in %s%n", files, 0, 0, out));
        assertThat(again.out()).isEqualTo(String.format("%d created, %d overwritten, %d unchanged in %s%n", 0, 0, files, out));
    }

    /**
     * Paths are converted without picocli's reflective converter (decision 0057), with its message for a path the
     * platform refuses (on Linux and macOS a NUL character; on Windows also {@code <>:"|?*}).
     */
    @Test
    void aPathThePlatformRefusesGetsPicocliOwnMessage() {
        String refused = "a\u0000b";
        CommandSpec plain = CommandSpec.create().name("generate");
        plain.addPositional(PositionalParamSpec.builder().index("0").arity("1").paramLabel("DESIGN").type(Path.class).build());
        String picocli = assertThrows(CommandLine.ParameterException.class, () -> new CommandLine(plain).parseArgs(refused)).getMessage();

        Run ours = run(S3GrantCommand.commandLine("generate"), "generate", refused, "--out", temp.toString());

        assertThat(picocli).startsWith("Invalid value for positional parameter at index 0 (DESIGN): cannot convert 'a");
        assertThat(ours.exit()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(ours.err()).startsWith(picocli + "\n");
    }
}
