package dev.s3grant.model.formats;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One test a value must pass, written once for both sides: the findings run it in Java, and the
 * Terraform generator writes it as a {@code validation} condition. Regular expressions are in the
 * common subset of RE2 (Terraform's {@code regex}) and {@code java.util.regex}: both search the value
 * (the expression anchors itself with {@code ^}), {@code $} appears only as the final end anchor,
 * and {@code .} only under {@code (?s)}, so the two engines read every expression the same way.
 */
public sealed interface ValueTest {

    boolean passes(String value);

    /** The value must contain a match of the RE2 expression. */
    record Matches(String regex) implements ValueTest {
        public Matches {
            JavaRegex.check(regex);
        }

        @Override
        public boolean passes(String value) {
            return JavaRegex.find(regex, value);
        }
    }

    /** The value must not contain a match of the RE2 expression. */
    record DoesNotMatch(String regex) implements ValueTest {
        public DoesNotMatch {
            JavaRegex.check(regex);
        }

        @Override
        public boolean passes(String value) {
            return !JavaRegex.find(regex, value);
        }
    }

    /** The value's UTF-8 encoding is at most {@code max} bytes long. */
    record AtMostUtf8Bytes(int max) implements ValueTest {
        @Override
        public boolean passes(String value) {
            return value.getBytes(StandardCharsets.UTF_8).length <= max;
        }
    }

    /** The RE2 expressions as {@code java.util.regex} patterns that mean the same. */
    final class JavaRegex {

        private static final java.util.Map<String, Pattern> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

        private JavaRegex() {
        }

        static void check(String regex) {
            Objects.requireNonNull(regex, "regex");
            String body = regex.endsWith("$") && !regex.endsWith("\\$") ? regex.substring(0, regex.length() - 1) : regex;
            if (body.replace("\\$", "").contains("$")) {
                throw new IllegalArgumentException("$ only as the final anchor: " + regex);
            }
            if (!body.startsWith("(?s)") && !dotsOnlyInClasses(body)) {
                throw new IllegalArgumentException(". only under (?s) or inside a class: " + regex);
            }
            compile(regex);
        }

        static boolean find(String regex, String value) {
            return compile(regex).matcher(value).find();
        }

        /**
         * RE2's {@code $} (without the {@code m} flag) is the end of the text; Java's also matches
         * before a final line break, so the final anchor becomes {@code \z}.
         */
        private static Pattern compile(String regex) {
            return CACHE.computeIfAbsent(regex, r -> Pattern.compile(
                    r.endsWith("$") && !r.endsWith("\\$") ? r.substring(0, r.length() - 1) + "\\z" : r));
        }

        private static boolean dotsOnlyInClasses(String body) {
            boolean inClass = false;
            for (int i = 0; i < body.length(); i++) {
                char c = body.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '[') {
                    inClass = true;
                } else if (c == ']') {
                    inClass = false;
                } else if (c == '.' && !inClass) {
                    return false;
                }
            }
            return true;
        }
    }
}
