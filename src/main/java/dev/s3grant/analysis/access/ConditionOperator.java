package dev.s3grant.analysis.access;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A condition operator as written in a policy: an optional set prefix ({@code ForAnyValue:},
 * {@code ForAllValues:}), a base operator and an optional {@code IfExists} suffix
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html).
 * Names are case-sensitive, as AWS documents them.
 */
record ConditionOperator(SetPrefix prefix, Base base, boolean ifExists) {

    /** The set operators for multivalued keys. */
    enum SetPrefix {
        NONE,
        FOR_ANY_VALUE,
        FOR_ALL_VALUES
    }

    /**
     * The base operators the evaluator implements. Each tests one request value against one policy
     * value; {@code negated} operators are true when no policy value matches. In {@code StringEquals}
     * a {@code *} or {@code ?} is the character itself; in {@code StringLike} and in every ARN
     * operator, {@code ArnEquals} included, it is a wildcard
     * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_ARN).
     */
    enum Base {
        StringEquals(false, true, (value, pattern) -> value.equals(pattern.text())),
        StringNotEquals(true, true, (value, pattern) -> value.equals(pattern.text())),
        StringEqualsIgnoreCase(false, true, (value, pattern) -> value.equalsIgnoreCase(pattern.text())),
        StringNotEqualsIgnoreCase(true, true, (value, pattern) -> value.equalsIgnoreCase(pattern.text())),
        StringLike(false, true, (value, pattern) -> Wildcards.matches(pattern, value, false)),
        StringNotLike(true, true, (value, pattern) -> Wildcards.matches(pattern, value, false)),
        ArnEquals(false, true, (value, pattern) -> Wildcards.arnMatches(pattern, value)),
        ArnLike(false, true, (value, pattern) -> Wildcards.arnMatches(pattern, value)),
        ArnNotEquals(true, true, (value, pattern) -> Wildcards.arnMatches(pattern, value)),
        ArnNotLike(true, true, (value, pattern) -> Wildcards.arnMatches(pattern, value)),
        Bool(false, false, (value, pattern) -> value.equalsIgnoreCase(pattern.text())),
        NumericEquals(false, false, (value, limit) -> numeric(value, limit.text(), c -> c == 0)),
        NumericNotEquals(true, false, (value, limit) -> numeric(value, limit.text(), c -> c == 0)),
        NumericLessThan(false, false, (value, limit) -> numeric(value, limit.text(), c -> c < 0)),
        NumericLessThanEquals(false, false, (value, limit) -> numeric(value, limit.text(), c -> c <= 0)),
        NumericGreaterThan(false, false, (value, limit) -> numeric(value, limit.text(), c -> c > 0)),
        NumericGreaterThanEquals(false, false, (value, limit) -> numeric(value, limit.text(), c -> c >= 0)),
        /** Tests presence, not values: handled on its own. */
        Null(false, false, (value, expected) -> false);

        private final boolean negated;
        private final boolean takesVariables;
        private final BiPredicate<String, Glob> test;

        Base(boolean negated, boolean takesVariables, BiPredicate<String, Glob> test) {
            this.negated = negated;
            this.takesVariables = takesVariables;
            this.test = test;
        }

        boolean negated() {
            return negated;
        }

        /**
         * True for the string and ARN operators, whose policy values may hold policy variables
         * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html).
         */
        boolean takesVariables() {
            return takesVariables;
        }

        /** True when the request value matches the policy value, its variables resolved (before negation). */
        boolean test(String requestValue, Glob policyValue) {
            return test.test(requestValue, policyValue);
        }
    }

    /** Compares two numbers; a value that is not a number matches nothing. */
    private static boolean numeric(String value, String limit, IntPredicate comparison) {
        try {
            return comparison.test(new BigDecimal(value.trim()).compareTo(new BigDecimal(limit.trim())));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static final String FOR_ANY_VALUE = "ForAnyValue:";
    private static final String FOR_ALL_VALUES = "ForAllValues:";
    private static final String IF_EXISTS = "IfExists";

    /**
     * Reads an operator name; empty for an operator the evaluator does not implement (the
     * {@code Date*}, {@code IpAddress} and {@code Binary} families) or one that AWS does not accept,
     * such as {@code NullIfExists} or a set prefix on {@code Null}.
     */
    static Optional<ConditionOperator> parse(String name) {
        Optional<ConditionOperator> known = KNOWN.get(name);
        return known != null ? known : read(name);
    }

    /** Every operator a generated document uses, read once. */
    private static final Map<String, Optional<ConditionOperator>> KNOWN = Stream.of(Base.values())
            .flatMap(b -> Stream.of(b.name(), b.name() + IF_EXISTS))
            .collect(Collectors.toUnmodifiableMap(n -> n, ConditionOperator::read));

    private static Optional<ConditionOperator> read(String name) {
        String rest = name;
        SetPrefix prefix = SetPrefix.NONE;
        if (rest.startsWith(FOR_ANY_VALUE)) {
            prefix = SetPrefix.FOR_ANY_VALUE;
            rest = rest.substring(FOR_ANY_VALUE.length());
        } else if (rest.startsWith(FOR_ALL_VALUES)) {
            prefix = SetPrefix.FOR_ALL_VALUES;
            rest = rest.substring(FOR_ALL_VALUES.length());
        }
        boolean ifExists = false;
        if (rest.endsWith(IF_EXISTS)) {
            ifExists = true;
            rest = rest.substring(0, rest.length() - IF_EXISTS.length());
        }
        Base base;
        try {
            base = Base.valueOf(rest);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (base == Base.Null && (ifExists || prefix != SetPrefix.NONE)) {
            return Optional.empty();
        }
        return Optional.of(new ConditionOperator(prefix, base, ifExists));
    }
}
