package dev.s3grant.existing.adopt;

/** A block of the existing files that the design does not cover, left as it is: its address and {@code file:line}. */
public record LeftAlone(String address, String where) {
}
