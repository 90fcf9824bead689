package dev.s3grant.analysis.access;

import java.util.BitSet;
import java.util.Objects;

/**
 * A pattern of a policy after its policy variables are resolved: the text, and which of its
 * {@code *} and {@code ?} stand for themselves. Those came from IAM's fixed variables
 * <code>${*}</code> and <code>${?}</code> or from a variable's value, never from the pattern's own
 * wildcards. {@code literal} is null when every {@code *} and {@code ?} is a wildcard.
 */
record Glob(String text, BitSet literal) {

    Glob {
        Objects.requireNonNull(text, "text");
    }

    /** A pattern without policy variables: every {@code *} and {@code ?} is a wildcard. */
    static Glob plain(String text) {
        return new Glob(text, null);
    }

    /** True when the character at {@code index} is a {@code *} or {@code ?} that matches other characters. */
    boolean isWildcard(int index) {
        char c = text.charAt(index);
        return (c == '*' || c == '?') && (literal == null || !literal.get(index));
    }

    /** True when the character at {@code index} is a {@code *} that matches any run of characters. */
    boolean isStar(int index) {
        return text.charAt(index) == '*' && (literal == null || !literal.get(index));
    }
}
