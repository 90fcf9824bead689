package dev.s3grant.hcl;

import java.util.Objects;

/** One token with its exact source text and position. */
public record HclToken(HclTokenType type, String text, Range range) {

    public HclToken {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(range, "range");
    }
}
