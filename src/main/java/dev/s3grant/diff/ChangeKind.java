package dev.s3grant.diff;

/**
 * Whether something exists only on the new side, only on the old side, or on both but differs; or,
 * for a top-level block, whether it moved: to another address by a {@code moved} block, or to
 * another file (decision 0030).
 */
public enum ChangeKind {
    ADDED,
    REMOVED,
    CHANGED,
    MOVED;

    /** The name in JSON output: {@code added}, {@code removed}, {@code changed}. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
