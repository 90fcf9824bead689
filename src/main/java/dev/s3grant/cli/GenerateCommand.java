package dev.s3grant.cli;

import dev.s3grant.app.AdoptedExport;
import dev.s3grant.app.ExistingPolicyFiles;
import dev.s3grant.app.ExportContent;
import dev.s3grant.app.FindingText;
import dev.s3grant.app.FolderExport;
import dev.s3grant.app.GrantDesigner;
import dev.s3grant.io.ExportPlan;
import dev.s3grant.io.InputException;
import dev.s3grant.model.Design;
import dev.s3grant.model.Options;
import dev.s3grant.model.TerraformStyle;
import dev.s3grant.model.TerraformValues;
import dev.s3grant.text.Localizer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code generate DESIGN --out DIR [--adopt PATH]}: writes every policy document (and the Terraform files) of a design.
 * Its command line is built in code ({@link #commandSpec()}), not from annotations: {@code generate} is the command
 * whose start is measured against a hello world, and reading annotations makes the runtime generate proxy classes
 * that no start-up cache holds (decision 0056). The help and the messages are the ones the annotations gave.
 */
final class GenerateCommand implements Callable<Integer> {

    static final String NAME = "generate";

    final DesignFileParameter design = new DesignFileParameter();
    final CommandConsole console = new CommandConsole();
    private CommandSpec spec;

    Path out;
    boolean force;
    boolean prune;
    TerraformStyle style;
    TerraformValues values;
    Path existingBucketPolicy;
    Path existingKeyPolicy;
    Path adopt;

    /** The command's model: what {@code @Command}, {@code @Option}, {@code @Parameters} and {@code @Mixin} declared before. */
    static CommandSpec commandSpec() {
        GenerateCommand command = new GenerateCommand();
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name(NAME);
        spec.usageMessage().description("Writes the policy documents and Terraform files of a design into a folder.");
        spec.addPositional(PositionalParamSpec.builder().index("0").arity("1").required(true).paramLabel("DESIGN").type(Path.class)
                .description(DesignFileParameter.DESCRIPTION).build());
        spec.addOption(option("--out", "DIR", Path.class, "The output folder; created when missing.").required(true).build());
        spec.addOption(flag("--force", "Overwrite files whose content would change; the old ones are kept as <name>.bak."));
        spec.addOption(flag("--prune", "Remove the files an earlier export wrote into DIR that the design no longer "
                + "produces, while they are unchanged; each is kept as <name>.bak."));
        spec.addOption(option("--style", "STYLE", TerraformStyle.class,
                "Overrides the design's Terraform policy style: jsonencode or policy-document.")
                .converters(new StyleConverter()).build());
        spec.addOption(option("--values", "VALUES", TerraformValues.class,
                "Overrides how the Terraform files hold the design's values: variables "
                        + "(variables.tf and terraform.tfvars) or literals.")
                .converters(new ValuesConverter()).build());
        spec.addOption(option("--existing-bucket-policy", "FILE", Path.class,
                "The bucket's policy today (a policy document, or the output of aws s3api get-bucket-policy): "
                        + "the generated bucket policy is this policy with the grant's statements added.").build());
        spec.addOption(option("--existing-key-policy", "FILE", Path.class,
                "The KMS key's policy today (a policy document, or the output of aws kms get-key-policy): "
                        + "under SSE-KMS with an existing key, the key policy is this policy with the grant's statements added.")
                .build());
        spec.addOption(option("--adopt", "PATH", Path.class, "Existing Terraform (a folder or a .tf file; it may be DIR "
                + "itself) to apply over: resources it declares for the design's objects are moved with moved blocks, never "
                + "destroyed; everything else is left alone and listed.").build());
        spec.addOption(option(CommandConsole.LANG, CommandConsole.LANG_LABEL, String.class, CommandConsole.LANG_DESCRIPTION).build());
        StandardHelpOptions.addTo(spec);
        command.spec = spec;
        command.console.spec = spec;
        return spec;
    }

    private static OptionSpec.Builder option(String name, String label, Class<?> type, String description) {
        return OptionSpec.builder(name).paramLabel(label).type(type).description(description);
    }

    private static OptionSpec flag(String name, String description) {
        return OptionSpec.builder(name).type(boolean.class).description(description).build();
    }

    /** Takes the parsed values from the command's model into the fields. */
    private void readArguments() {
        design.path = spec.positionalParameters().get(0).getValue();
        out = spec.findOption("--out").getValue();
        force = Boolean.TRUE.equals(spec.findOption("--force").getValue());
        prune = Boolean.TRUE.equals(spec.findOption("--prune").getValue());
        style = spec.findOption("--style").getValue();
        values = spec.findOption("--values").getValue();
        existingBucketPolicy = spec.findOption("--existing-bucket-policy").getValue();
        existingKeyPolicy = spec.findOption("--existing-key-policy").getValue();
        adopt = spec.findOption("--adopt").getValue();
        console.lang = spec.findOption(CommandConsole.LANG).getValue();
    }

    /**
     * Refuses a design with {@code ERROR} findings (exit 1), and a folder holding files an earlier
     * export wrote that the design no longer produces unless {@code --prune} (exit 1); writes
     * nothing then. With {@code --prune}, files changed by hand since are left and reported (exit 1).
     */
    @Override
    public Integer call() {
        readArguments();
        PrintWriter err = console.err();
        // The message texts are loaded only when there is something to say in them: loading them takes
        // 20-30 ms of a start, and a successful run prints only the counts (decision 0056).
        try {
            Design loaded = withOverrides(design.load());
            AdoptedExport adopted = adopt == null ? null : AdoptedExport.of(loaded, adopt);
            ExportContent content = adopted == null ? GrantDesigner.export(loaded) : adopted.content();
            if (!content.errors().isEmpty()) {
                Localizer localizer = console.localizer();
                err.println(localizer.format("export.refused.errors", out.toString()));
                content.errors().forEach(f -> err.println(FindingText.line(f, localizer::render)));
                err.flush();
                return ExitCodes.NEGATIVE;
            }
            Map<String, String> files = content.filesByPath();
            ExportPlan plan = FolderExport.plan(out, files);
            if (plan.leavesStaleFiles() && !prune) {
                printStale(err, console.localizer(), plan);
                if (force || !plan.overwritesAnything()) {
                    return ExitCodes.NEGATIVE;
                }
                // and the refusal to overwrite follows, from the export itself (exit 2)
            }
            ExportPlan done = adopted == null ? FolderExport.export(out, loaded.name(), files, force, prune)
                    : FolderExport.export(out, loaded.name(), adopted, force, prune);
            PrintWriter o = console.out();
            // Concatenated, not printf: a Formatter starts the locale providers, 10-15 ms of a start (decision 0057).
            o.println(done.created().size() + " created, " + done.changed().size() + " overwritten, "
                    + done.unchanged().size() + " unchanged in " + out);
            if (!done.stale().isEmpty()) {
                list(o, console.localizer().format("export.pruned"), done.stale());
            }
            if (adopted != null) {
                printAdoption(o, console.localizer(), adopted);
            }
            o.flush();
            if (!done.staleEdited().isEmpty()) {
                list(err, console.localizer().format("export.stale.edited"), done.staleEdited());
                err.flush();
                return ExitCodes.NEGATIVE;
            }
            return ExitCodes.OK;
        } catch (InputException e) {
            return console.unusable(e);
        }
    }

    private static void printAdoption(PrintWriter o, Localizer localizer, AdoptedExport adopted) {
        list(o, localizer.format("export.adopt.findings"),
                adopted.findings().stream().map(f -> FindingText.line(f, localizer::render)).toList());
        list(o, localizer.format("export.adopt.moved"), adopted.moves());
        list(o, localizer.format("export.adopt.kept"), adopted.kept());
        list(o, localizer.format("export.adopt.rewritten"), adopted.rewritten());
        list(o, localizer.format("export.adopt.leftAlone"), adopted.leftAlone());
    }

    private void printStale(PrintWriter err, Localizer localizer, ExportPlan plan) {
        if (!plan.stale().isEmpty()) {
            list(err, localizer.format("export.stale.refused", out.toString()), plan.stale());
        } else {
            err.println(localizer.format("export.stale.nothingWritten", out.toString()));
        }
        list(err, localizer.format("export.stale.edited"), plan.staleEdited());
        err.flush();
    }

    /** A heading and the files under it, indented; nothing when there are none. */
    private static void list(PrintWriter to, String heading, List<String> files) {
        if (files.isEmpty()) {
            return;
        }
        to.println(heading);
        files.forEach(f -> to.println("  " + f));
    }

    private Design withOverrides(Design loaded) throws InputException {
        if (existingBucketPolicy != null) {
            loaded = ExistingPolicyFiles.withBucketPolicy(loaded, existingBucketPolicy);
        }
        if (existingKeyPolicy != null) {
            loaded = ExistingPolicyFiles.withKeyPolicy(loaded, existingKeyPolicy);
        }
        Options options = loaded.options();
        if (style != null) {
            options = options.withTerraformStyle(style);
        }
        if (values != null) {
            options = options.withTerraformValues(values);
        }
        return loaded.withOptions(options);
    }

    /** {@code jsonencode} or {@code policy-document}. */
    static final class StyleConverter implements CommandLine.ITypeConverter<TerraformStyle> {
        @Override
        public TerraformStyle convert(String value) {
            return parse(TerraformStyle.class, value, "jsonencode or policy-document");
        }
    }

    /** {@code variables} or {@code literals}. */
    static final class ValuesConverter implements CommandLine.ITypeConverter<TerraformValues> {
        @Override
        public TerraformValues convert(String value) {
            return parse(TerraformValues.class, value, "variables or literals");
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String expected) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException("expected " + expected + ", not '" + value + "'");
        }
    }
}
