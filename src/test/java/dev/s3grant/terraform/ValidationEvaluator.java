package dev.s3grant.terraform;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Evaluates the conditions {@link VariableValidation} writes, as Terraform evaluates them:
 * {@code regex} and {@code regexall} with RE2J, the Java port of Go's {@code regexp} that Terraform
 * uses; {@code can}, {@code !}, {@code &&}, {@code ==}, {@code <=}, arithmetic, {@code length} and
 * {@code base64encode}. Anything else fails the test.
 */
final class ValidationEvaluator {

    /** {@code regex} found no match: Terraform's error, which {@code can} turns into false. */
    private static final class NoMatch extends RuntimeException {
        NoMatch() {
            super(null, null, false, false);
        }
    }

    private ValidationEvaluator() {
    }

    static boolean isTrue(HclExpr condition) {
        Object value = value(condition);
        if (!(value instanceof Boolean b)) {
            throw new AssertionError("not a condition: " + HclRenderer.inline(condition));
        }
        return b;
    }

    private static Object value(HclExpr e) {
        if (e instanceof HclExpr.Text text) {
            return literal(text.template());
        }
        if (e instanceof HclExpr.Bare bare) {
            return bare(bare.source());
        }
        if (e instanceof HclExpr.Not not) {
            return !(Boolean) value(not.operand());
        }
        if (e instanceof HclExpr.Binary binary) {
            return binary(binary);
        }
        if (e instanceof HclExpr.Call call) {
            return call(call);
        }
        throw new AssertionError("cannot evaluate " + e);
    }

    private static String literal(TemplateText template) {
        StringBuilder out = new StringBuilder();
        for (TemplateText.Part part : template.parts()) {
            if (!(part instanceof TemplateText.Literal literal)) {
                throw new AssertionError("a template in a condition: " + template);
            }
            out.append(literal.text());
        }
        return out.toString();
    }

    private static Object bare(String source) {
        if (source.equals("true") || source.equals("false")) {
            return Boolean.valueOf(source);
        }
        if (source.matches("[0-9]+")) {
            return Double.valueOf(source);
        }
        throw new AssertionError("cannot evaluate " + source);
    }

    private static Object binary(HclExpr.Binary b) {
        return switch (b.operator()) {
            case "&&" -> (Boolean) value(b.left()) && (Boolean) value(b.right());
            case "==" -> value(b.left()).equals(value(b.right()));
            case "<=" -> number(b.left()) <= number(b.right());
            case "-" -> number(b.left()) - number(b.right());
            case "*" -> number(b.left()) * number(b.right());
            case "/" -> number(b.left()) / number(b.right());
            default -> throw new AssertionError("operator " + b.operator());
        };
    }

    private static double number(HclExpr e) {
        return (Double) value(e);
    }

    private static Object call(HclExpr.Call call) {
        List<HclExpr> args = call.arguments();
        switch (call.function()) {
            case "can":
                try {
                    value(args.get(0));
                    return true;
                } catch (NoMatch e) {
                    return false;
                }
            case "regex": {
                Matcher m = Pattern.compile(string(args.get(0))).matcher(string(args.get(1)));
                if (!m.find()) {
                    throw new NoMatch();
                }
                return m.group();
            }
            case "regexall": {
                Matcher m = Pattern.compile(string(args.get(0))).matcher(string(args.get(1)));
                List<String> all = new ArrayList<>();
                while (m.find()) {
                    all.add(m.group());
                }
                return all;
            }
            case "base64encode":
                return Base64.getEncoder().encodeToString(string(args.get(0)).getBytes(StandardCharsets.UTF_8));
            case "length": {
                Object v = value(args.get(0));
                if (v instanceof String s && s.chars().allMatch(c -> c < 0x80)) {
                    return (double) s.length();
                }
                if (v instanceof List<?> list) {
                    return (double) list.size();
                }
                throw new AssertionError("length of " + v + ": Terraform counts grapheme clusters, not evaluated here");
            }
            default:
                throw new AssertionError("function " + call.function());
        }
    }

    private static String string(HclExpr e) {
        Object v = value(e);
        if (!(v instanceof String s)) {
            throw new AssertionError("not a string: " + v);
        }
        return s;
    }
}
