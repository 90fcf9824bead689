package dev.s3grant.hcl;

import java.util.Objects;

/** An expression kept only as its source text: operators, conditionals, for-expressions, splats. */
public record HclOther(String text) implements HclValue {

    public HclOther {
        Objects.requireNonNull(text, "text");
    }
}
