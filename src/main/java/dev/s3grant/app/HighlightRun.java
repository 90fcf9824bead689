package dev.s3grant.app;

/**
 * A stretch of a generated file's text that is highlighted as one kind of token ({@code start}
 * inclusive, {@code end} exclusive); the window gives each kind its style.
 */
public record HighlightRun(Token token, int start, int end) {

    /** The kinds of token the highlighting tells apart. */
    public enum Token {
        /** A JSON object key. */
        KEY,
        /** A string; in HCL a whole quoted template, interpolations included. */
        STRING,
        NUMBER,
        /** {@code true}, {@code false}, {@code null}. */
        LITERAL,
        /** <code>{ } [ ]</code>, and in HCL <code>( )</code>. */
        BRACKET,
        /** JSON's {@code :} and {@code ,}. */
        PUNCTUATION,
        COMMENT,
        /** The type of an HCL block: {@code resource}, {@code statement}. */
        BLOCK_TYPE,
        /** The name of an HCL attribute or object key before its {@code =}. */
        ATTRIBUTE,
        /** {@code var.x}, {@code aws_s3_bucket.main.id}, {@code data.aws_region.x.id}. */
        REFERENCE,
        /** The name of a function call: {@code jsonencode}. */
        FUNCTION
    }

    public HighlightRun {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("a run needs 0 <= start <= end: " + start + ".." + end);
        }
    }
}
