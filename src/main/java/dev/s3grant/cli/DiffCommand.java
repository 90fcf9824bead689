package dev.s3grant.cli;

import dev.s3grant.app.DesignArtifacts;
import dev.s3grant.app.GrantDesigner;
import dev.s3grant.app.DesignComparison;
import dev.s3grant.app.FindingChanges;
import dev.s3grant.diff.DiffResult;
import dev.s3grant.diff.SideNames;
import dev.s3grant.io.ExistingTerraform;
import dev.s3grant.io.InputException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code diff DESIGN --against PATH}: compares the Terraform files a design generates with the
 * existing ones, by text and by meaning.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Compares the Terraform files a design generates with existing ones, by text and by meaning.",
                "Exit code: 0 identical in meaning, 1 different, 2 unusable input."})
final class DiffCommand implements Callable<Integer> {

    @Mixin
    DesignFileParameter design = new DesignFileParameter();

    @Option(names = "--against", required = true, paramLabel = "PATH",
            description = "The existing .tf file, or the folder of existing .tf files.")
    Path against;

    @Mixin
    DiffOutput output = new DiffOutput();

    @Mixin
    CommandConsole console = new CommandConsole();

    @Override
    public Integer call() {
        try {
            DesignArtifacts artifacts = GrantDesigner.artifacts(design.load());
            ExistingTerraform existing = DesignComparison.readExisting(against);
            DiffResult result = DesignComparison.against(artifacts.files(), existing);
            FindingChanges findings = output.markdown() ? FindingChanges.against(artifacts.files(), existing)
                    : FindingChanges.NONE;
            return output.print(result, findings, SideNames.EXISTING_GENERATED, console);
        } catch (InputException e) {
            return console.unusable(e);
        }
    }
}
