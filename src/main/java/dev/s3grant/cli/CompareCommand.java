package dev.s3grant.cli;

import dev.s3grant.app.DesignComparison;
import dev.s3grant.diff.SideNames;
import dev.s3grant.diff.SourceFile;
import dev.s3grant.diff.TerraformDiff;
import dev.s3grant.io.ExistingTerraform;
import dev.s3grant.io.InputException;
import dev.s3grant.text.Localizer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code compare OLD NEW}: compares two Terraform files, or two folders of them, by text and by meaning. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compares two Terraform files or two folders of .tf files, by text and by meaning.",
                "Exit code: 0 identical in meaning, 1 different, 2 unusable input."})
final class CompareCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "OLD", description = "The old .tf file or folder.")
    Path oldPath;

    @Parameters(index = "1", paramLabel = "NEW", description = "The new .tf file or folder.")
    Path newPath;

    @Mixin
    DiffOutput output = new DiffOutput();

    @Mixin
    LanguageOption language = new LanguageOption();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        boolean oldFolder = DesignComparison.isFolder(oldPath);
        boolean newFolder = DesignComparison.isFolder(newPath);
        if (oldFolder != newFolder) {
            Path file = oldFolder ? newPath : oldPath;
            Path folder = oldFolder ? oldPath : newPath;
            err.println(Localizer.of(language.language()).format("diff.input.fileAgainstFolder", file, folder));
            err.flush();
            return ExitCodes.UNUSABLE_INPUT;
        }
        try {
            return output.print(DesignComparison.between(oldPath, newPath), SideNames.OLD_NEW, language.language(),
                    spec.commandLine().getOut());
        } catch (InputException e) {
            return language.unusable(spec, e);
        }
    }
}
