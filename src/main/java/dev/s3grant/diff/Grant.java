package dev.s3grant.diff;

import dev.s3grant.policy.Effect;
import java.util.Objects;

/**
 * The smallest unit of access a policy states: one effect, one principal, one action, one
 * resource, under one set of conditions. Two policies that state the same set of grants mean the
 * same, however their statements are cut, ordered or formatted. Fields hold comparison keys
 * ({@link StatementElements}); an empty principal or resource means the statement has none.
 */
record Grant(Effect effect, String principal, String action, String resource, String conditions) {

    Grant {
        Objects.requireNonNull(effect, "effect");
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(conditions, "conditions");
    }
}
