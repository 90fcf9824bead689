package dev.s3grant.diff;

/**
 * How much a change matters, from least to most. Comparing labels with {@link #max} gives the
 * label of a block from the labels of its attributes.
 */
public enum ChangeLabel {
    /** Layout, comments, order of list items or the way a policy is written; the same meaning. */
    FORMATTING_ONLY("formatting-only"),
    /** Something other than access differs: a value, a setting, a block added or removed. */
    CHANGED("changed"),
    /** What a policy allows or denies differs. */
    ACCESS_CHANGED("access-changed");

    private final String id;

    ChangeLabel(String id) {
        this.id = id;
    }

    /** The name in JSON output. */
    public String id() {
        return id;
    }

    public ChangeLabel max(ChangeLabel other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
