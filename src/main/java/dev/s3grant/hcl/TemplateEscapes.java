package dev.s3grant.hcl;

import dev.s3grant.model.Message;
/**
 * Processes escapes in template literals. Quoted strings know {@code \n \r \t \" \\ \\uNNNN
 * \\UNNNNNNNN}; both quoted strings and heredocs know <code>$${</code> and <code>%%{</code>, which
 * stand for a literal <code>${</code> and <code>%{</code>.
 */
final class TemplateEscapes {

    private TemplateEscapes() {
    }

    static String quoted(String raw, int rawOffset, ErrorLog errors) {
        if (raw.indexOf('\\') < 0 && raw.indexOf('{') < 0) {
            return raw;
        }
        StringBuilder out = new StringBuilder(raw.length());
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c == '\\') {
                i = escape(raw, i, rawOffset, errors, out);
            } else if (isTemplateEscape(raw, i)) {
                out.append(c).append('{');
                i += 3;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    static String heredoc(String raw) {
        if (raw.indexOf("${") < 0 && raw.indexOf("%{") < 0) {
            return raw;
        }
        StringBuilder out = new StringBuilder(raw.length());
        int i = 0;
        while (i < raw.length()) {
            if (isTemplateEscape(raw, i)) {
                out.append(raw.charAt(i)).append('{');
                i += 3;
            } else {
                out.append(raw.charAt(i));
                i++;
            }
        }
        return out.toString();
    }

    private static boolean isTemplateEscape(String raw, int i) {
        char c = raw.charAt(i);
        return (c == '$' || c == '%') && i + 2 < raw.length()
                && raw.charAt(i + 1) == c && raw.charAt(i + 2) == '{';
    }

    /** Appends the escape starting at the backslash at {@code i}; returns the index after it. */
    private static int escape(String raw, int i, int rawOffset, ErrorLog errors, StringBuilder out) {
        if (i + 1 >= raw.length()) {
            errors.add(rawOffset + i, rawOffset + i + 1, Message.of("hcl.error.escapeAtEnd"));
            return i + 1;
        }
        char kind = raw.charAt(i + 1);
        switch (kind) {
            case 'n' -> out.append('\n');
            case 'r' -> out.append('\r');
            case 't' -> out.append('\t');
            case '"' -> out.append('"');
            case '\\' -> out.append('\\');
            case 'u' -> {
                return unicode(raw, i, 4, rawOffset, errors, out);
            }
            case 'U' -> {
                return unicode(raw, i, 8, rawOffset, errors, out);
            }
            default -> {
                errors.add(rawOffset + i, rawOffset + i + 2,
                        Message.of("hcl.error.unknownEscape", String.valueOf(kind)));
                out.append(kind);
            }
        }
        return i + 2;
    }

    private static int unicode(String raw, int i, int digits, int rawOffset, ErrorLog errors, StringBuilder out) {
        int start = i + 2;
        int end = start;
        while (end < raw.length() && end - start < digits && Character.digit(raw.charAt(end), 16) >= 0) {
            end++;
        }
        if (end - start != digits) {
            errors.add(rawOffset + i, rawOffset + end,
                    Message.of("hcl.error.escapeDigits", String.valueOf(raw.charAt(i + 1)), String.valueOf(digits)));
            return end;
        }
        long codePoint = Long.parseLong(raw.substring(start, end), 16);
        if (codePoint > Character.MAX_CODE_POINT) {
            errors.add(rawOffset + i, rawOffset + end, Message.of("hcl.error.notCodePoint",
                    Long.toHexString(codePoint).toUpperCase(java.util.Locale.ROOT)));
        } else {
            out.appendCodePoint((int) codePoint);
        }
        return end;
    }
}
