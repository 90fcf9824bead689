package dev.s3grant.app;

import dev.s3grant.existing.check.ExistingCheck;
import dev.s3grant.existing.check.ExistingCheckResult;
import dev.s3grant.io.InputException;
import dev.s3grant.model.Design;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The façade's check of existing files ({@code check [DESIGN] --against PATH...}, File › Check
 * Existing Files…): the access check on existing Terraform or policy JSON as it is, with the rows
 * meant to pass taken from the design when there is one, else from what the files say.
 */
public final class ExistingFilesCheck {

    private ExistingFilesCheck() {
    }

    /**
     * @param paths  one folder (or files), or the two accounts' folders
     * @param design the design the files should implement, if any
     * @throws InputException when a path cannot be read or holds nothing to check
     */
    public static ExistingCheckResult run(List<Path> paths, Optional<Design> design) throws InputException {
        return ExistingCheck.run(paths, design);
    }
}
