package dev.s3grant.terraform;

import dev.s3grant.model.formats.FormatCheck;
import dev.s3grant.model.formats.ValueTest;
import java.util.List;
import java.util.Objects;

/**
 * A {@code validation} block of a variable, written from one check of the shared identifier
 * formats: each of the check's tests becomes a condition, joined with {@code &&}.
 */
record VariableValidation(FormatCheck check) {

    VariableValidation {
        Objects.requireNonNull(check, "check");
    }

    static List<VariableValidation> of(List<FormatCheck> checks) {
        return checks.stream().map(VariableValidation::new).toList();
    }

    /** The condition on {@code var.<variable>}: true when the value passes the check. */
    HclExpr condition(String variable) {
        return condition(check, HclExpr.ref("var." + variable));
    }

    /** The condition of a check on any expression. */
    static HclExpr condition(FormatCheck check, HclExpr value) {
        HclExpr all = null;
        for (ValueTest test : check.tests()) {
            HclExpr one = condition(test, value);
            all = all == null ? one : new HclExpr.Binary(all, "&&", one);
        }
        return all;
    }

    /**
     * <code>can(regex("...", value))</code>, negated with {@code !} when the value must not match; a
     * UTF-8 length from the length of the value's Base64 form (four characters per three bytes, less
     * the padding).
     */
    static HclExpr condition(ValueTest test, HclExpr value) {
        if (test instanceof ValueTest.Matches m) {
            return matches(m.regex(), value);
        }
        if (test instanceof ValueTest.DoesNotMatch d) {
            return new HclExpr.Not(matches(d.regex(), value));
        }
        if (test instanceof ValueTest.AtMostUtf8Bytes b) {
            HclExpr base64 = HclExpr.call("base64encode", value);
            HclExpr groups = new HclExpr.Binary(HclExpr.call("length", base64), "/", HclExpr.ref("4"));
            HclExpr bytes = new HclExpr.Binary(new HclExpr.Binary(groups, "*", HclExpr.ref("3")), "-",
                    HclExpr.call("length", HclExpr.call("regexall", HclExpr.string("="), base64)));
            return new HclExpr.Binary(bytes, "<=", HclExpr.ref(Integer.toString(b.max())));
        }
        throw new IllegalArgumentException("unknown test " + test);
    }

    private static HclExpr matches(String regex, HclExpr value) {
        return HclExpr.call("can", HclExpr.call("regex", HclExpr.string(regex), value));
    }

    HclNode.Block block(String variable) {
        return HclBlockBuilder.block("validation")
                .attribute("condition", condition(variable))
                .attribute("error_message", HclExpr.string(check.terraformMessage()))
                .build();
    }
}
