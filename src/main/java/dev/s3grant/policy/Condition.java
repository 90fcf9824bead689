package dev.s3grant.policy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One condition test: an operator (with its {@code IfExists} suffix and set prefix as written, such
 * as {@code ForAnyValue:StringEquals}), a key and its values, sorted.
 */
public record Condition(String operator, String key, List<String> values) {

    public Condition {
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(key, "key");
        List<String> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        values = List.copyOf(sorted);
    }

    public static Condition of(String operator, String key, String... values) {
        return new Condition(operator, key, List.of(values));
    }
}
