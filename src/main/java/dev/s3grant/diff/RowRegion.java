package dev.s3grant.diff;

/**
 * Rows {@code from} (inclusive) to {@code to} (exclusive) of a text diff. A collapsed region is a
 * run of unchanged rows further than the context from any change; the view shows it folded.
 */
public record RowRegion(int from, int to, boolean collapsed) {

    public RowRegion {
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("a region needs 0 <= from <= to");
        }
    }

    public int size() {
        return to - from;
    }
}
