package dev.s3grant.diff;

import java.util.Objects;

/** A run of text in a line; {@code changed} marks the words that differ from the other side. */
public record Segment(String text, boolean changed) {

    public Segment {
        Objects.requireNonNull(text, "text");
    }
}
