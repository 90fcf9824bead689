package dev.s3grant.analysis.access;

import dev.s3grant.policy.Effect;
import dev.s3grant.policy.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * IAM's evaluation logic for identity-based and resource-based policies, without SCPs, RCPs,
 * permissions boundaries and session policies (none of which can grant):
 * <ol>
 *   <li>an applicable Deny in any policy wins (explicit deny);</li>
 *   <li>a service principal is allowed when the resource policy allows it (a trust policy);</li>
 *   <li>across accounts, the identity-based policy and the resource-based policy must both allow
 *       (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html);</li>
 *   <li>within one account, an Allow in either suffices, except that a resource-policy grant to the
 *       account root only delegates to the account's IAM policies, and that role trust policies and
 *       KMS key policies must always allow themselves, directly or by delegating to the account
 *       (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html).</li>
 * </ol>
 * <p>Rules: docs/aws-rules.md#cross-account-evaluation, docs/aws-rules.md#access-evaluation.
 */
public final class PolicyEvaluator {

    private PolicyEvaluator() {
    }

    public static Evaluation evaluate(AccessRequest request, PolicySet policies) {
        List<DecidingStatement> denies = new ArrayList<>();
        List<DecidingStatement> identityAllows = new ArrayList<>();
        List<DecidingStatement> resourceDirect = new ArrayList<>();
        List<DecidingStatement> resourceViaAccount = new ArrayList<>();

        if (!request.caller().isService()) {
            for (NamedPolicy policy : policies.identityPolicies()) {
                List<Statement> statements = policy.document().statements();
                for (int i = 0; i < statements.size(); i++) {
                    Statement s = statements.get(i);
                    if (StatementMatcher.appliesToIdentity(s, request)) {
                        (s.effect() == Effect.Deny ? denies : identityAllows).add(deciding(policy, s, i));
                    }
                }
            }
        }
        policies.resourcePolicy().ifPresent(policy -> {
            List<Statement> statements = policy.document().statements();
            for (int i : policy.principals().candidates(request.caller())) {
                Statement s = statements.get(i);
                PrincipalMatch match = StatementMatcher.appliesToResource(s, request);
                if (match == PrincipalMatch.NONE) {
                    continue;
                }
                DecidingStatement d = deciding(policy, s, i);
                if (s.effect() == Effect.Deny) {
                    denies.add(d);
                } else if (match == PrincipalMatch.DIRECT) {
                    resourceDirect.add(d);
                } else {
                    resourceViaAccount.add(d);
                }
            }
        });

        if (!denies.isEmpty()) {
            return new Evaluation(Decision.EXPLICIT_DENY, Reason.EXPLICIT_DENY, denies);
        }
        List<DecidingStatement> resourceAllows = new ArrayList<>(resourceDirect);
        resourceAllows.addAll(resourceViaAccount);
        List<DecidingStatement> allAllows = new ArrayList<>(identityAllows);
        allAllows.addAll(resourceAllows);

        if (request.caller().isService()) {
            return resourceDirect.isEmpty()
                    ? new Evaluation(Decision.IMPLICIT_DENY, Reason.NO_ALLOW, List.of())
                    : new Evaluation(Decision.ALLOW, Reason.SERVICE_ALLOWED, resourceDirect);
        }
        if (!request.sameAccount()) {
            if (!identityAllows.isEmpty() && !resourceAllows.isEmpty()) {
                return new Evaluation(Decision.ALLOW, Reason.BOTH_SIDES_ALLOW, allAllows);
            }
            return implicitDeny(identityAllows, resourceAllows);
        }
        boolean identityCounts = !identityAllows.isEmpty()
                && (!policies.kind().mustAllow() || !resourceViaAccount.isEmpty());
        if (!resourceDirect.isEmpty() || identityCounts) {
            return new Evaluation(Decision.ALLOW, Reason.SAME_ACCOUNT_ALLOW, allAllows);
        }
        return implicitDeny(identityAllows, resourceAllows);
    }

    /** An implicit deny, with the Allows that were found on the one side that allowed. */
    private static Evaluation implicitDeny(List<DecidingStatement> identityAllows, List<DecidingStatement> resourceAllows) {
        if (!identityAllows.isEmpty()) {
            return new Evaluation(Decision.IMPLICIT_DENY, Reason.RESOURCE_POLICY_DOES_NOT_ALLOW, identityAllows);
        }
        if (!resourceAllows.isEmpty()) {
            return new Evaluation(Decision.IMPLICIT_DENY, Reason.IDENTITY_POLICY_DOES_NOT_ALLOW, resourceAllows);
        }
        return new Evaluation(Decision.IMPLICIT_DENY, Reason.NO_ALLOW, List.of());
    }

    private static DecidingStatement deciding(NamedPolicy policy, Statement statement, int index) {
        String sid = statement.sid().isEmpty() ? "[" + (index + 1) + "]" : statement.sid();
        return new DecidingStatement(policy.name(), sid, statement.effect());
    }
}
