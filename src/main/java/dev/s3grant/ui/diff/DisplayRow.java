package dev.s3grant.ui.diff;

import dev.s3grant.diff.RowKind;
import dev.s3grant.diff.RowRegion;
import dev.s3grant.diff.Segment;
import dev.s3grant.diff.SideBySideRow;
import java.util.List;

/** One row of the diff list as the view shows it. */
public sealed interface DisplayRow {

    /** Whether F7 can stop here: the first row of a run of changes. */
    boolean changeStart();

    /** A side-by-side row; {@code index} is its index in the file's rows. */
    record Pair(SideBySideRow row, int index, boolean changeStart) implements DisplayRow {
    }

    /** A line of the unified view: {@code ' '}, {@code '-'} or {@code '+'}, its line number and its segments. */
    record Unified(char marker, int number, List<Segment> segments, RowKind kind, boolean changeStart) implements DisplayRow {
    }

    /** Unchanged rows folded into one row; clicking it shows them. */
    record Collapsed(RowRegion region) implements DisplayRow {
        @Override
        public boolean changeStart() {
            return false;
        }
    }
}
