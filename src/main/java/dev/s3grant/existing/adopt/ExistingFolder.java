package dev.s3grant.existing.adopt;

import dev.s3grant.diff.SourceFile;
import dev.s3grant.hcl.HclError;
import dev.s3grant.hcl.HclParser;
import dev.s3grant.io.DesignFiles;
import dev.s3grant.io.InputProblem;
import dev.s3grant.model.Message;
import dev.s3grant.io.ExistingTerraform;
import dev.s3grant.io.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The existing Terraform to adopt, by file name: the {@code .tf} file, or the {@code .tf} files of
 * the folder with its {@code terraform.tfvars} and {@code *.auto.tfvars} (for the variables' values).
 */
public final class ExistingFolder {

    private ExistingFolder() {
    }

    public static Map<String, String> read(Path path) throws InputException {
        Map<String, String> files = new TreeMap<>();
        for (Map.Entry<String, SourceFile> f : ExistingTerraform.read(path).files().entrySet()) {
            refuseSyntaxErrors(f.getValue());
            files.put(f.getKey(), f.getValue().text());
        }
        if (!Files.isDirectory(path)) {
            return files;
        }
        try (Stream<Path> entries = Files.list(path)) {
            for (Path p : entries.filter(ExistingFolder::isValues).sorted().toList()) {
                files.put(ExistingTerraform.name(p), DesignFiles.readText(p, ExistingTerraform.MAX_BYTES));
            }
        } catch (IOException e) {
            return files;
        }
        return files;
    }

    /** A file Terraform cannot read is never cut into: its blocks' ends are not known for sure. */
    private static void refuseSyntaxErrors(SourceFile file) throws InputException {
        java.util.List<HclError> errors = HclParser.parse(file.text()).errors();
        if (!errors.isEmpty()) {
            HclError first = errors.get(0);
            throw new InputException(new InputProblem(file.displayName(), first.range().startLine(), first.range().startColumn(),
                    "", Message.of("export.adopt.unreadable", first.message())));
        }
    }

    private static boolean isValues(Path p) {
        String name = ExistingTerraform.name(p);
        return Files.isRegularFile(p) && (name.equals("terraform.tfvars") || name.endsWith(".auto.tfvars"));
    }
}
