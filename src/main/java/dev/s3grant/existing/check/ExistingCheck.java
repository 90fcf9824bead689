package dev.s3grant.existing.check;

import dev.s3grant.io.InputException;
import dev.s3grant.io.InputProblem;
import dev.s3grant.model.Design;
import dev.s3grant.model.Message;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code check [DESIGN] --against PATH...}: reads the paths, puts them together into one grant,
 * evaluates its rows and names the causes. With a design the rows follow the design (its writers,
 * prefixes and ACL choice); without one they follow what the files say.
 */
public final class ExistingCheck {

    private ExistingCheck() {
    }

    /**
     * @throws InputException when a path cannot be read, or the files declare neither a bucket
     *                        policy nor a writer role (nothing to check)
     */
    public static ExistingCheckResult run(List<Path> paths, Optional<Design> design) throws InputException {
        List<ExistingSide> sides = new ArrayList<>();
        for (Path path : paths) {
            sides.addAll(ExistingSideReader.readAll(path));
        }
        ExistingGrant grant = GrantAssembler.assemble(sides, design);
        if (grant.writers().isEmpty() || grant.bucketName().isEmpty()) {
            String shown = String.join(", ", paths.stream().map(Path::toString).toList());
            throw new InputException(InputProblem.ofFile(shown, Message.of("existing.check.nothingToCheck", shown)));
        }
        List<CheckedRow> rows = ExistingRows.of(grant);
        boolean folders = paths.size() > 1;
        return new ExistingCheckResult(grant, rows, GuardFindings.of(grant),
                folders ? FolderFit.problems(grant) : List.of(),
                folders ? Optional.of(FolderFit.applyOrder(grant)) : Optional.empty());
    }
}
