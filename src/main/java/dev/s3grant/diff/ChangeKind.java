package dev.s3grant.diff;

/** Whether something exists only on the new side, only on the old side, or on both but differs. */
public enum ChangeKind {
    ADDED,
    REMOVED,
    CHANGED;

    /** The name in JSON output: {@code added}, {@code removed}, {@code changed}. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
