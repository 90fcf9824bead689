package dev.s3grant.hcl;

import java.util.Objects;

/** An expression's exact source text, what it is as far as known, and where it is. */
public record HclExpression(String text, HclValue value, Range range) {

    public HclExpression {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(range, "range");
    }
}
