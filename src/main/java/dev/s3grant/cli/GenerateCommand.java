package dev.s3grant.cli;

import dev.s3grant.app.GrantDesigner;
import dev.s3grant.app.OutputFile;
import dev.s3grant.io.DesignFiles;
import dev.s3grant.io.ExportPlan;
import dev.s3grant.io.FolderExporter;
import dev.s3grant.io.InputException;
import dev.s3grant.model.Design;
import dev.s3grant.model.Options;
import dev.s3grant.model.TerraformStyle;
import dev.s3grant.model.TerraformValues;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code generate DESIGN --out DIR}: writes every policy document (and the Terraform files) of a design. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Writes the policy documents and Terraform files of a design into a folder.")
final class GenerateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DESIGN", description = "The design file (JSON).")
    Path design;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The output folder; created when missing.")
    Path out;

    @Option(names = "--force", description = "Overwrite files whose content would change; the old ones are kept as <name>.bak.")
    boolean force;

    @Option(names = "--style", paramLabel = "STYLE", converter = StyleConverter.class,
            description = "Overrides the design's Terraform policy style: jsonencode or policy-document.")
    TerraformStyle style;

    @Option(names = "--values", paramLabel = "VALUES", converter = ValuesConverter.class,
            description = "Overrides how the Terraform files hold the design's values: variables "
                    + "(variables.tf and terraform.tfvars) or literals.")
    TerraformValues values;

    @Mixin
    LanguageOption language = new LanguageOption();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            Design loaded = withOverrides(DesignFiles.load(design));
            Map<String, String> files = new LinkedHashMap<>();
            for (OutputFile f : GrantDesigner.files(loaded)) {
                files.put(f.relativePath(), f.content());
            }
            ExportPlan plan = FolderExporter.export(out, files, force);
            PrintWriter o = spec.commandLine().getOut();
            o.printf("%d created, %d overwritten, %d unchanged in %s%n",
                    plan.created().size(), plan.changed().size(), plan.unchanged().size(), out);
            o.flush();
            return ExitCodes.OK;
        } catch (InputException e) {
            return language.unusable(spec, e);
        }
    }

    private Design withOverrides(Design loaded) {
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
