package dev.s3grant.cli;

import dev.s3grant.app.AccessGate;
import dev.s3grant.app.DesignComparison;
import dev.s3grant.app.FindingChanges;
import dev.s3grant.app.GateVerdict;
import dev.s3grant.diff.DiffResult;
import dev.s3grant.diff.SideNames;
import dev.s3grant.io.InputException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code compare OLD NEW}: compares two Terraform files, or two folders of them, by text and by meaning. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compares two Terraform files or two folders of .tf files, by text and by meaning.",
                "Exit code: 0 identical in meaning, 1 different, 2 unusable input.",
                "With --fail-on broadening: 3 when the new side allows more, 0 when access stayed the same or narrowed."})
final class CompareCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "OLD", description = "The old .tf file or folder.")
    Path oldPath;

    @Parameters(index = "1", paramLabel = "NEW", description = "The new .tf file or folder.")
    Path newPath;

    @Option(names = "--fail-on", paramLabel = "broadening",
            description = "broadening: exit 3 when NEW allows any request OLD did not (judged by meaning).")
    FailOn failOn;

    @Option(names = "--unknown", paramLabel = "fail|allow", defaultValue = "fail",
            description = "With --fail-on: a policy that cannot be decided exactly counts as broadening (fail, default) or not (allow).")
    Unknown unknown = Unknown.fail;

    enum FailOn { broadening }

    enum Unknown { fail, allow }

    @Mixin
    DiffOutput output = new DiffOutput();

    @Mixin
    CommandConsole console = new CommandConsole();

    @Override
    public Integer call() {
        boolean oldFolder = DesignComparison.isFolder(oldPath);
        boolean newFolder = DesignComparison.isFolder(newPath);
        if (oldFolder != newFolder) {
            Path file = oldFolder ? newPath : oldPath;
            Path folder = oldFolder ? oldPath : newPath;
            return console.unusable(console.localizer().format("diff.input.fileAgainstFolder", file, folder));
        }
        try {
            boolean allowUnknown = unknown == Unknown.allow;
            DiffResult result = DesignComparison.between(oldPath, newPath);
            boolean markdown = output.format == DiffOutput.Format.markdown;
            Optional<GateVerdict> gate = failOn != null || markdown
                    ? Optional.of(AccessGate.between(oldPath, newPath)) : Optional.empty();
            FindingChanges findings = markdown ? FindingChanges.between(oldPath, newPath) : FindingChanges.NONE;
            int code = output.print(result, gate, findings, allowUnknown, SideNames.OLD_NEW, console);
            if (failOn == null) {
                return code;
            }
            return markdown ? GateReport.exitCode(gate.get(), allowUnknown)
                    : GateReport.print(gate.get(), allowUnknown, console);
        } catch (InputException e) {
            return console.unusable(e);
        }
    }
}
