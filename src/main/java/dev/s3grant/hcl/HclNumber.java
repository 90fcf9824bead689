package dev.s3grant.hcl;

import java.math.BigDecimal;
import java.util.Objects;

/** A number literal, exactly as written ({@code 1.50} keeps its scale). */
public record HclNumber(BigDecimal value) implements HclValue {

    public HclNumber {
        Objects.requireNonNull(value, "value");
    }
}
