package dev.s3grant.diff;

/** How the two sides are called in texts: the existing and the generated files, or old and new. */
public enum SideNames {
    /** {@code diff DESIGN --against PATH}: the user's files against what the design generates. */
    EXISTING_GENERATED("existing", "generated"),
    /** {@code compare OLD NEW}. */
    OLD_NEW("old", "new");

    private final String oldKey;
    private final String newKey;

    SideNames(String oldKey, String newKey) {
        this.oldKey = oldKey;
        this.newKey = newKey;
    }

    /** The bundle key of the text listing a file that exists on the old side only. */
    public String oldOnlyKey() {
        return "diff.oneSided." + oldKey;
    }

    public String newOnlyKey() {
        return "diff.oneSided." + newKey;
    }

    /** The bundle key of the diff view's mark on a file that exists on the old side only. */
    public String viewOldOnlyKey() {
        return "diff.view." + oldKey + "Only";
    }

    public String viewNewOnlyKey() {
        return "diff.view." + newKey + "Only";
    }
}
