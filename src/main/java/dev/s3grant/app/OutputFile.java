package dev.s3grant.app;

/** One file the designer writes, by its path relative to the output folder (with {@code /} separators). */
public record OutputFile(String relativePath, String content) {
}
