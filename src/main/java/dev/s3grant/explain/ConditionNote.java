package dev.s3grant.explain;

import dev.s3grant.model.Message;
import java.util.List;
import java.util.Objects;

/**
 * The explanation of one condition of a statement: the test as written ({@code operator},
 * {@code key}, {@code values}), what it checks, why it is there, what removing it does, and the
 * AWS documentation that backs it.
 */
public record ConditionNote(String operator, String key, List<String> values,
                            Message what, Message why, Message ifRemoved, List<String> docUrls) {

    public ConditionNote {
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(key, "key");
        values = List.copyOf(values);
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(why, "why");
        Objects.requireNonNull(ifRemoved, "ifRemoved");
        docUrls = List.copyOf(docUrls);
    }
}
