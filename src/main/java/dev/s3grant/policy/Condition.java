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

    /**
     * Every component equal, as a record's own {@code equals} tests, written out: the generated one is linked on its
     * first call through method handles that no start-up cache holds, about 19 ms of a packaged {@code generate} for
     * the policy records (decision 0057). {@code hashCode} stays the record's own.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Condition c && Objects.equals(operator, c.operator) && Objects.equals(key, c.key)
                && Objects.equals(values, c.values);
    }
}
