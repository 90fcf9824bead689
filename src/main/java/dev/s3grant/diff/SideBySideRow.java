package dev.s3grant.diff;

import java.util.Objects;

/** One row of the side-by-side view: the old line on the left, the new line on the right. */
public record SideBySideRow(RowKind kind, LineSide oldSide, LineSide newSide) {

    public SideBySideRow {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(oldSide, "oldSide");
        Objects.requireNonNull(newSide, "newSide");
    }

    public boolean changed() {
        return kind != RowKind.EQUAL;
    }
}
