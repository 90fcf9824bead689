package dev.s3grant.app;

import dev.s3grant.existing.reading.ImportInput;
import dev.s3grant.existing.reading.ImportResult;
import dev.s3grant.existing.reading.TerraformImporter;
import dev.s3grant.io.DesignFiles;
import dev.s3grant.io.InputException;
import java.nio.file.Path;
import java.util.List;

/**
 * Import: existing Terraform (a folder or {@code .tf} files, with their {@code terraform.tfvars}
 * and {@code *.auto.tfvars}) or policy JSON files into a design, and what the design cannot say.
 * The CLI's {@code import} and the window's File › Import from Terraform… call this.
 */
public final class TerraformImport {

    private TerraformImport() {
    }

    public static ImportResult read(List<Path> paths) throws InputException {
        return TerraformImporter.read(ImportInput.read(paths));
    }

    /** Writes the imported design as a design file. */
    public static void save(ImportResult result, Path out) throws InputException {
        DesignFiles.save(result.design(), out);
    }
}
