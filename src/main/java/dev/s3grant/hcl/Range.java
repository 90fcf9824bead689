package dev.s3grant.hcl;

/**
 * A span of source text.
 *
 * <p>Lines and columns are 1-based. Columns count UTF-16 {@code char}s from the start of the line
 * (the same unit as {@link String#length()}), so a character outside the Basic Multilingual Plane
 * counts as two columns. Offsets are {@code char} indexes into the parsed string. The end is
 * exclusive: {@code endColumn} and {@code endOffset} point just past the last character.
 */
public record Range(int startLine, int startColumn, int endLine, int endColumn, int startOffset, int endOffset) {

    public Range {
        if (startLine < 1 || startColumn < 1 || endLine < 1 || endColumn < 1) {
            throw new IllegalArgumentException("lines and columns are 1-based");
        }
        if (startOffset < 0 || endOffset < startOffset) {
            throw new IllegalArgumentException("offsets must satisfy 0 <= start <= end");
        }
        if (endLine < startLine || (endLine == startLine && endColumn < startColumn)) {
            throw new IllegalArgumentException("end must not come before start");
        }
    }

    /** The smallest range that covers both {@code first} and {@code last}. */
    public static Range between(Range first, Range last) {
        return new Range(first.startLine, first.startColumn, last.endLine, last.endColumn,
                first.startOffset, last.endOffset);
    }

    /** A zero-width range at this range's start. */
    public Range startPoint() {
        return new Range(startLine, startColumn, startLine, startColumn, startOffset, startOffset);
    }

    /** {@code line:column} of the start, as editors show it. */
    public String start() {
        return startLine + ":" + startColumn;
    }
}
