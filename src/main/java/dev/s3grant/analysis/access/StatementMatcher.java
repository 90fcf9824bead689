package dev.s3grant.analysis.access;

import dev.s3grant.policy.Statement;
import java.util.List;
import java.util.Optional;

/**
 * Whether one statement applies to a request: its action, resource and conditions, and, in a
 * resource-based policy, its principal. Actions match ignoring case, resources case-sensitively
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html).
 */
final class StatementMatcher {

    private StatementMatcher() {
    }

    /** Action, resource and conditions; the principal is the policy's owner. */
    static boolean appliesToIdentity(Statement statement, AccessRequest request) {
        return actionMatches(statement, request.action())
                && resourceMatches(statement, request.resource(), request.context())
                && ConditionEvaluator.allHold(statement.conditions(), request.context());
    }

    /** How a resource-policy statement that applies names the caller; {@code NONE} when it does not apply. */
    static PrincipalMatch appliesToResource(Statement statement, AccessRequest request) {
        PrincipalMatch principal;
        if (statement.principal() != null) {
            principal = PrincipalMatcher.match(statement.principal(), request.caller());
        } else if (statement.notPrincipal() != null) {
            principal = PrincipalMatcher.exempts(statement.notPrincipal(), request.caller())
                    ? PrincipalMatch.NONE : PrincipalMatch.DIRECT;
        } else {
            principal = PrincipalMatch.NONE;
        }
        if (principal == PrincipalMatch.NONE || !appliesToIdentity(statement, request)) {
            return PrincipalMatch.NONE;
        }
        return principal;
    }

    static boolean actionMatches(Statement statement, String action) {
        if (!statement.notActions().isEmpty()) {
            return noneMatch(statement.notActions(), action, true);
        }
        return anyMatch(statement.actions(), action, true);
    }

    /**
     * A statement without {@code Resource} or {@code NotResource} (a trust policy) covers the resource
     * it is attached to. Resources may hold policy variables, resolved from the request's context
     * ({@link PolicyVariables}); a resource whose variables cannot be resolved matches nothing.
     */
    static boolean resourceMatches(Statement statement, String resource, RequestContext context) {
        if (!statement.notResources().isEmpty()) {
            return !anyResourceMatches(statement.notResources(), resource, context);
        }
        if (statement.resources().isEmpty()) {
            return true;
        }
        return anyResourceMatches(statement.resources(), resource, context);
    }

    private static boolean anyResourceMatches(List<String> patterns, String resource, RequestContext context) {
        for (String pattern : patterns) {
            Optional<Glob> resolved = PolicyVariables.resolve(pattern, context);
            if (resolved.isPresent() && Wildcards.matches(resolved.get(), resource, false)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyMatch(List<String> patterns, String value, boolean ignoreCase) {
        for (String pattern : patterns) {
            if (Wildcards.matches(pattern, value, ignoreCase)) {
                return true;
            }
        }
        return false;
    }

    private static boolean noneMatch(List<String> patterns, String value, boolean ignoreCase) {
        return !anyMatch(patterns, value, ignoreCase);
    }
}
