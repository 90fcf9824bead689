package dev.s3grant.terraform;

import java.util.Objects;

/**
 * A {@code validation} block of a variable: the value must match (or must not match) an RE2
 * regular expression, as Terraform's {@code regex} function applies it.
 */
record VariableValidation(String regex, boolean mustMatch, String errorMessage) {

    VariableValidation {
        Objects.requireNonNull(regex, "regex");
        Objects.requireNonNull(errorMessage, "errorMessage");
    }

    static VariableValidation matches(String regex, String errorMessage) {
        return new VariableValidation(regex, true, errorMessage);
    }

    static VariableValidation doesNotMatch(String regex, String errorMessage) {
        return new VariableValidation(regex, false, errorMessage);
    }

    /** <code>can(regex("...", var.name))</code>, negated with {@code !} when the value must not match. */
    HclExpr condition(String variable) {
        HclExpr test = HclExpr.call("can", HclExpr.call("regex", HclExpr.string(regex), HclExpr.ref("var." + variable)));
        return mustMatch ? test : new HclExpr.Not(test);
    }

    HclNode.Block block(String variable) {
        return HclBlockBuilder.block("validation")
                .attribute("condition", condition(variable))
                .attribute("error_message", HclExpr.string(errorMessage))
                .build();
    }
}
