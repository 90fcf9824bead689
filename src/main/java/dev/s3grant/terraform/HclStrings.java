package dev.s3grant.terraform;

import java.util.Set;

/**
 * Escaping for HCL native syntax. Text the user typed can neither end a quoted string nor start a
 * template: {@code "} and {@code \} are escaped, <code>${</code> becomes <code>$${</code> and
 * <code>%{</code> becomes <code>%%{</code>, and line breaks and other control or format characters
 * become {@code \n}, {@code \r}, {@code \t} or {@code \\uNNNN}. A lone surrogate, which UTF-8
 * cannot carry, becomes U+FFFD.
 */
final class HclStrings {

    /** Identifiers that would mean something else as a bare object key. */
    private static final Set<String> KEYWORDS = Set.of("true", "false", "null", "for", "in", "if", "endif", "endfor", "else");

    private HclStrings() {
    }

    /** The text as it is written between the quotes of a quoted template. */
    static String escapeLiteral(String text) {
        if (isPlain(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
            if ((c == '$' || c == '%') && next == '{') {
                out.append(c).append(c).append('{');
                i += 2;
                continue;
            }
            if (Character.isHighSurrogate(c) && Character.isLowSurrogate(next)) {
                out.append(c).append(next);
                i += 2;
                continue;
            }
            appendChar(out, c);
            i++;
        }
        return out.toString();
    }

    /** Printable ASCII without {@code "}, {@code \}, {@code $} and {@code %}: written as it is. */
    private static boolean isPlain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c > 0x7E || c == '"' || c == '\\' || c == '$' || c == '%') {
                return false;
            }
        }
        return true;
    }

    private static void appendChar(StringBuilder out, char c) {
        switch (c) {
            case '"' -> out.append("\\\"");
            case '\\' -> out.append("\\\\");
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            default -> {
                if (Character.isSurrogate(c)) {
                    out.append("\\ufffd");
                } else if (needsUnicodeEscape(c)) {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
        }
    }

    private static boolean needsUnicodeEscape(char c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }

    /** A complete quoted string holding exactly {@code text}. */
    static String quote(String text) {
        return "\"" + escapeLiteral(text) + "\"";
    }

    /** True for a name HCL reads as an identifier: {@code [A-Za-z_][A-Za-z0-9_-]*}. */
    static boolean isIdentifier(String name) {
        if (name.isEmpty() || !isIdentifierStart(name.charAt(0))) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!isIdentifierStart(c) && !(c >= '0' && c <= '9') && c != '-') {
                return false;
            }
        }
        return true;
    }

    /** {@code [A-Za-z_]}. */
    private static boolean isIdentifierStart(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_';
    }

    /** An object key: bare when it is a plain identifier, otherwise quoted. */
    static String objectKey(String key) {
        return isIdentifier(key) && !KEYWORDS.contains(key) ? key : quote(key);
    }

    /**
     * Text for a {@code #} comment: every character that could end the line or hide text is
     * replaced by {@code ?}, so the comment stays one line.
     */
    static String commentText(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
            if (Character.isHighSurrogate(c) && Character.isLowSurrogate(next)) {
                out.append(c).append(next);
                i++;
            } else if (Character.isSurrogate(c) || needsUnicodeEscape(c)) {
                out.append('?');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
