package dev.s3grant.analysis.access;

import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * Resolves the policy variables of a value in the {@code Resource} element or in a condition of the
 * string and ARN operators, as IAM does for policy version 2012-10-17, the version every generated
 * document has (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html):
 * <ul>
 *   <li><code>${*}</code>, <code>${?}</code> and <code>${$}</code> are the characters themselves, never
 *       wildcards and never the start of another variable;</li>
 *   <li><code>${key}</code> is the key's value in the request, and <code>${key, 'default'}</code> the
 *       default when the key is missing; the value is taken as text, without wildcards;</li>
 *   <li>a key that is missing without a default, or that has several values, cannot be resolved:
 *       the value then matches nothing;</li>
 *   <li>a <code>${</code> without a closing brace is text.</li>
 * </ul>
 */
final class PolicyVariables {

    private static final String OPEN = "${";

    private PolicyVariables() {
    }

    /** The value with its variables resolved, or empty when one of them cannot be. */
    static Optional<Glob> resolve(String value, RequestContext context) {
        int open = value.indexOf(OPEN);
        if (open < 0) {
            return Optional.of(Glob.plain(value));
        }
        StringBuilder text = new StringBuilder(value.length());
        BitSet literal = new BitSet();
        int rest = 0;
        while (open >= 0) {
            int close = value.indexOf('}', open + OPEN.length());
            if (close < 0) {
                break;
            }
            text.append(value, rest, open);
            Optional<String> resolved = variable(value.substring(open + OPEN.length(), close), context);
            if (resolved.isEmpty()) {
                return Optional.empty();
            }
            appendLiterally(text, literal, resolved.get());
            rest = close + 1;
            open = value.indexOf(OPEN, rest);
        }
        text.append(value, rest, value.length());
        return Optional.of(new Glob(text.toString(), literal));
    }

    /** The text a variable stands for: a fixed character, a request value or the default. */
    private static Optional<String> variable(String name, RequestContext context) {
        if (name.equals("*") || name.equals("?") || name.equals("$")) {
            return Optional.of(name);
        }
        String key = name;
        String fallback = null;
        int comma = name.indexOf(',');
        if (comma >= 0) {
            key = name.substring(0, comma).trim();
            String quoted = name.substring(comma + 1).trim();
            if (quoted.length() >= 2 && quoted.startsWith("'") && quoted.endsWith("'")) {
                fallback = quoted.substring(1, quoted.length() - 1);
            }
        }
        List<String> values = context.values(key.trim()).orElse(List.of());
        if (values.size() == 1) {
            return Optional.of(values.get(0));
        }
        return values.isEmpty() ? Optional.ofNullable(fallback) : Optional.empty();
    }

    /** Appends text whose {@code *} and {@code ?} stand for themselves. */
    private static void appendLiterally(StringBuilder text, BitSet literal, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '*' || c == '?') {
                literal.set(text.length());
            }
            text.append(c);
        }
    }
}
