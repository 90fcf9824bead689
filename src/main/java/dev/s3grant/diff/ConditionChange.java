package dev.s3grant.diff;

import java.util.List;
import java.util.Objects;

/** A condition a statement gains or loses: operator, key and values. */
public record ConditionChange(String operator, String key, List<String> values, ChangeKind change) {

    public ConditionChange {
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(key, "key");
        values = List.copyOf(values);
        Objects.requireNonNull(change, "change");
    }
}
