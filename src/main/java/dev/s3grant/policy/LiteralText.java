package dev.s3grant.policy;

/**
 * Text of the design written into a policy value that IAM reads for wildcards and policy variables
 * (the {@code Resource} element, and condition values of the string and ARN operators, policy
 * version 2012-10-17): every {@code *}, {@code ?} and {@code $} becomes IAM's fixed policy variable
 * <code>${*}</code>, <code>${?}</code> or <code>${$}</code>, so that it stands for itself and can
 * neither match other characters nor start a policy variable
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html). Every
 * {@code $} is escaped, not only one before <code>{</code>: the documentation names <code>${$}</code>
 * for a literal dollar sign without a narrower rule.
 *
 * <p>The {@code Principal} element takes no policy variables, so nothing there can be escaped; the
 * findings refuse such values instead (S3G-031).
 * <p>Rules: docs/aws-rules.md#literal-wildcards.
 */
public final class LiteralText {

    private static final java.util.regex.Pattern ESCAPED = java.util.regex.Pattern.compile("\\$\\{([*?$])}");

    private LiteralText() {
    }

    /** The text with each {@code *}, {@code ?} and {@code $} written as its fixed policy variable. */
    public static String escape(String text) {
        if (!hasSpecialCharacter(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpecial(c)) {
                out.append("${").append(c).append('}');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The reverse of {@link #escape}: each <code>${*}</code>, <code>${?}</code> and <code>${$}</code> back to its character. */
    public static String unescape(String text) {
        return text.indexOf("${") < 0 ? text
                : ESCAPED.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1)));
    }

    /** True when the text holds a {@code *}, {@code ?} or {@code $}, which IAM would not read literally. */
    public static boolean hasSpecialCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isSpecial(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSpecial(char c) {
        return c == '*' || c == '?' || c == '$';
    }
}
