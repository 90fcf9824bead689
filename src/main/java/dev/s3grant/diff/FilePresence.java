package dev.s3grant.diff;

/** On which sides a file exists. */
public enum FilePresence {
    BOTH("both"),
    OLD_ONLY("old-only"),
    NEW_ONLY("new-only");

    private final String id;

    FilePresence(String id) {
        this.id = id;
    }

    /** The name in JSON output. */
    public String id() {
        return id;
    }
}
