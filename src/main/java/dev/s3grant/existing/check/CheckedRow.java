package dev.s3grant.existing.check;

import dev.s3grant.analysis.access.AccessRow;
import java.util.List;
import java.util.Objects;

/** A row of the existing files' check, with the causes when it is not as intended (none when it is). */
public record CheckedRow(AccessRow row, List<Cause> causes) {

    public CheckedRow {
        Objects.requireNonNull(row, "row");
        causes = List.copyOf(causes);
    }
}
