package dev.s3grant.analysis.access;

import dev.s3grant.policy.Effect;
import dev.s3grant.policy.PolicyDocument;
import dev.s3grant.policy.Statement;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether a new version of one policy document allows a request that the old version did
 * not. Both documents are evaluated on their own (an Allow applies and no Deny applies) against the
 * same finite set of probe requests built from the values of both ({@link BroadeningProbes}); the
 * first request the new side allows and the old side does not is the witness. Decision 0033.
 */
public final class BroadeningJudge {

    private BroadeningJudge() {
    }

    /** A request the new document allows and the old does not, if there is one among the probes. */
    public static Optional<AccessRequest> broadening(PolicyDocument oldPolicy, PolicyDocument newPolicy) {
        return BroadeningProbes.of(List.of(oldPolicy, newPolicy))
                .find(request -> allows(newPolicy, request) && !allows(oldPolicy, request));
    }

    /** Whether the probes could not all be built (too many combinations); the answer is then unknown. */
    public static boolean tooLarge(PolicyDocument oldPolicy, PolicyDocument newPolicy) {
        return BroadeningProbes.of(List.of(oldPolicy, newPolicy)).tooLarge();
    }

    /** Whether a document on its own allows the request: an Allow statement applies and no Deny does. */
    static boolean allows(PolicyDocument policy, AccessRequest request) {
        boolean allowed = false;
        for (Statement statement : policy.statements()) {
            if (applies(statement, request)) {
                if (statement.effect() == Effect.Deny) {
                    return false;
                }
                allowed = true;
            }
        }
        return allowed;
    }

    private static boolean applies(Statement statement, AccessRequest request) {
        if (statement.principal() == null && statement.notPrincipal() == null) {
            return StatementMatcher.appliesToIdentity(statement, request);
        }
        return StatementMatcher.appliesToResource(statement, request) != PrincipalMatch.NONE;
    }
}
