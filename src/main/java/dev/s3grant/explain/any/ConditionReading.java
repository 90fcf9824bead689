package dev.s3grant.explain.any;

import dev.s3grant.model.Message;
import java.util.List;
import java.util.Objects;

/**
 * One condition test of any policy in plain words.
 *
 * @param operator  the operator as written ({@code ForAnyValue:StringNotEqualsIfExists})
 * @param key       the condition key
 * @param values    its values, sorted
 * @param setPrefix {@code ForAnyValue}, {@code ForAllValues} or empty
 * @param ifExists  whether the operator ends in {@code IfExists}
 * @param negated   whether the operator is negated ({@code StringNotEquals}, {@code NotIpAddress}, ...)
 * @param meaning   the test, then what several values, a missing key, the set prefix and a {@code Deny} make of it
 * @param links     the operator's page, the key's page and, where the logic needs it, the page on several values
 */
public record ConditionReading(String operator, String key, List<String> values, String setPrefix, boolean ifExists,
                               boolean negated, List<Message> meaning, List<String> links) {

    public ConditionReading {
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(key, "key");
        values = List.copyOf(values);
        Objects.requireNonNull(setPrefix, "setPrefix");
        meaning = List.copyOf(meaning);
        links = List.copyOf(links);
    }
}
