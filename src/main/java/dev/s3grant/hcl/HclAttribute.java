package dev.s3grant.hcl;

import java.util.Objects;

/** {@code name = expression}; the range runs from the name to the end of the expression. */
public record HclAttribute(String name, HclExpression expression, Range range) implements HclBodyItem {

    public HclAttribute {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(range, "range");
    }
}
