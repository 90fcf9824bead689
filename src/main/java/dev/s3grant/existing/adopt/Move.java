package dev.s3grant.existing.adopt;

/** A resource the existing files declare at {@code from} that the adopted files declare at {@code to}. */
public record Move(String from, String to, String where) {
}
