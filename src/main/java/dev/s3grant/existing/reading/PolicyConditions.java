package dev.s3grant.existing.reading;

import dev.s3grant.policy.Statement;
import java.util.List;
import java.util.Optional;

/** Condition values of imported statements. */
final class PolicyConditions {

    private PolicyConditions() {
    }

    /** The first value any statement's condition on the key gives. */
    static Optional<String> firstValue(List<Statement> statements, String key) {
        return statements.stream().flatMap(s -> s.conditions().stream()).filter(c -> c.key().equals(key))
                .flatMap(c -> c.values().stream()).findFirst();
    }

    /** True when a statement of the trust policy has a confused-deputy guard ({@code aws:Source…}, {@code sts:ExternalId}). */
    static boolean guarded(List<Statement> trust) {
        return trust.stream().anyMatch(s -> s.conditions().stream()
                .anyMatch(c -> c.key().startsWith("aws:Source") || c.key().equals("sts:ExternalId")));
    }
}
