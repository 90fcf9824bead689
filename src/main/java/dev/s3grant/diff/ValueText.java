package dev.s3grant.diff;

import dev.s3grant.hcl.HclBool;
import dev.s3grant.hcl.HclFunctionCall;
import dev.s3grant.hcl.HclNull;
import dev.s3grant.hcl.HclNumber;
import dev.s3grant.hcl.HclObject;
import dev.s3grant.hcl.HclOther;
import dev.s3grant.hcl.HclReference;
import dev.s3grant.hcl.HclString;
import dev.s3grant.hcl.HclTuple;
import dev.s3grant.hcl.HclValue;
import dev.s3grant.hcl.TemplatePart;
import java.util.stream.Collectors;

/**
 * One canonical text for an expression that cannot be evaluated, so that the same expression
 * written with other spacing gives the same text: {@code var.account_a_id},
 * {@code aws_s3_bucket.main.arn}, {@code concat(var.a, ["x"])}.
 */
final class ValueText {

    private ValueText() {
    }

    static String of(HclValue value) {
        if (value instanceof HclReference reference) {
            return reference.traversal();
        }
        if (value instanceof HclString string) {
            return "\"" + template(string) + "\"";
        }
        if (value instanceof HclNumber number) {
            return number.value().toPlainString();
        }
        if (value instanceof HclBool bool) {
            return String.valueOf(bool.value());
        }
        if (value instanceof HclNull) {
            return "null";
        }
        if (value instanceof HclTuple tuple) {
            return tuple.elements().stream().map(ValueText::of).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof HclObject object) {
            return object.entries().stream().map(e -> e.key() + " = " + of(e.value()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        if (value instanceof HclFunctionCall call) {
            return call.arguments().stream().map(ValueText::of)
                    .collect(Collectors.joining(", ", call.name() + "(", ")"));
        }
        return NormalizedTokens.of(((HclOther) value).text());
    }

    /**
     * The text of a string template with each interpolation written back as
     * <code>${canonical text}</code> and each directive as its source text.
     */
    static String template(HclString string) {
        StringBuilder text = new StringBuilder();
        for (TemplatePart part : string.parts()) {
            if (part instanceof TemplatePart.Literal literal) {
                text.append(literal.text());
            } else if (part instanceof TemplatePart.Interpolation interpolation) {
                text.append("${").append(of(interpolation.value())).append('}');
            } else {
                text.append(((TemplatePart.Directive) part).text());
            }
        }
        return text.toString();
    }
}
