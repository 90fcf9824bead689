package dev.s3grant.analysis.access;

import dev.s3grant.analysis.access.ConditionOperator.Base;
import dev.s3grant.policy.Condition;
import java.util.List;
import java.util.Optional;

/**
 * Evaluates a statement's {@code Condition} element against a request context, as AWS documents it:
 * several operators and keys are ANDed, several values of one key ORed (NORed for negated operators).
 *
 * <p>A key that is missing from the request (or has no values):
 * <ul>
 *   <li>makes a positive operator false and a negated one ({@code StringNotEquals},
 *       {@code ArnNotLike}, {@code NumericNotEquals}, …) true
 *       (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html);</li>
 *   <li>makes an {@code …IfExists} operator true;</li>
 *   <li>makes {@code ForAllValues:} true and {@code ForAnyValue:} false, whatever the base operator
 *       and with or without {@code IfExists}: the set operator decides
 *       (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html);</li>
 *   <li>is what {@code Null: true} tests for.</li>
 * </ul>
 * Without a set operator, a key with several request values is tested as a whole: a positive
 * operator holds when any request value matches any policy value, a negated one when none does.
 *
 * <p>An operator the evaluator does not know makes the condition false, so the statement does not
 * apply. That is the safe reading for an Allow and the lenient one for a Deny; the generated
 * documents use none, and IAM refuses to save a policy with an operator it does not know.
 */
final class ConditionEvaluator {

    private ConditionEvaluator() {
    }

    static boolean allHold(List<Condition> conditions, RequestContext context) {
        for (Condition condition : conditions) {
            if (!holds(condition, context)) {
                return false;
            }
        }
        return true;
    }

    static boolean holds(Condition condition, RequestContext context) {
        Optional<ConditionOperator> parsed = ConditionOperator.parse(condition.operator());
        if (parsed.isEmpty()) {
            return false;
        }
        ConditionOperator operator = parsed.get();
        List<String> requestValues = context.values(condition.key()).orElse(List.of());
        boolean missing = requestValues.isEmpty();
        List<String> policyValues = condition.values();
        if (operator.base() == Base.Null) {
            return policyValues.stream().anyMatch(v -> v.equalsIgnoreCase("true") == missing);
        }
        Base base = operator.base();
        return switch (operator.prefix()) {
            case FOR_ANY_VALUE -> !missing && requestValues.stream().anyMatch(v -> single(base, v, policyValues, context));
            case FOR_ALL_VALUES -> missing || requestValues.stream().allMatch(v -> single(base, v, policyValues, context));
            case NONE -> {
                if (missing) {
                    yield operator.ifExists() || operator.base().negated();
                }
                boolean any = requestValues.stream().anyMatch(v -> matchesAny(operator.base(), v, policyValues, context));
                yield operator.base().negated() != any;
            }
        };
    }

    /** One request value against the policy's values, with negation applied. */
    private static boolean single(Base base, String requestValue, List<String> policyValues, RequestContext context) {
        return base.negated() != matchesAny(base, requestValue, policyValues, context);
    }

    /**
     * True when a policy value matches the request value. The values of the string and ARN operators
     * have their policy variables resolved first ({@link PolicyVariables}); one that cannot be
     * resolved matches nothing.
     */
    private static boolean matchesAny(Base base, String requestValue, List<String> policyValues, RequestContext context) {
        for (String policyValue : policyValues) {
            Optional<Glob> pattern = base.takesVariables()
                    ? PolicyVariables.resolve(policyValue, context)
                    : Optional.of(Glob.plain(policyValue));
            if (pattern.isPresent() && base.test(requestValue, pattern.get())) {
                return true;
            }
        }
        return false;
    }
}
