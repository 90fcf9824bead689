package dev.s3grant.diff;

import java.util.Objects;

/** A file to compare: the name to show for it (its path as the user knows it) and its text. */
public record SourceFile(String displayName, String text) {

    public SourceFile {
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(text, "text");
    }
}
