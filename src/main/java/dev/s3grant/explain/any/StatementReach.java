package dev.s3grant.explain.any;

import java.util.List;
import java.util.Objects;

/**
 * The reach of one statement and the values that set it: the organization IDs, accounts or
 * principals named by the principal or by the limiting condition; empty for {@link Reach#PUBLIC}
 * and for an identity-based policy.
 *
 * @param attached true for a statement without a principal: it reaches the identity it is attached to
 */
public record StatementReach(Reach kind, List<String> limits, boolean attached) {

    public StatementReach {
        Objects.requireNonNull(kind, "kind");
        limits = List.copyOf(limits);
    }
}
