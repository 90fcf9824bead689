package dev.s3grant.diff;

/** What happened to a line in a side-by-side row. */
public enum RowKind {
    /** The same line on both sides. */
    EQUAL,
    /** A line on each side, different. */
    CHANGED,
    /** A line on the old side only. */
    DELETED,
    /** A line on the new side only. */
    INSERTED
}
