package dev.s3grant.document;

/** How the service counts a document's size. */
public enum SizeUnit {
    BYTES,
    NON_WHITESPACE_CHARACTERS
}
