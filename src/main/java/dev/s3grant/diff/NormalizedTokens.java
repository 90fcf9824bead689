package dev.s3grant.diff;

import dev.s3grant.hcl.HclLexer;
import dev.s3grant.hcl.HclToken;
import dev.s3grant.hcl.HclTokenType;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The tokens of a piece of HCL joined by single blanks, without comments, so that two texts that
 * differ only in layout and comments give the same string. Separators are normalized too: inside
 * braces a line break and a comma both separate items, and a trailing separator before a closing
 * bracket does not count.
 */
final class NormalizedTokens {

    private static final String SEPARATOR = ",";

    private NormalizedTokens() {
    }

    static String of(String source) {
        StringBuilder out = new StringBuilder();
        Deque<HclTokenType> open = new ArrayDeque<>();
        boolean pendingSeparator = false;
        boolean afterOpener = true;
        for (HclToken token : HclLexer.lex(source).tokens()) {
            HclTokenType type = token.type();
            switch (type) {
                case COMMENT, EOF -> {
                    continue;
                }
                case NEWLINE -> {
                    if (open.peek() == HclTokenType.LEFT_BRACE && !afterOpener) {
                        pendingSeparator = true;
                    }
                    continue;
                }
                case COMMA -> {
                    if (!afterOpener) {
                        pendingSeparator = true;
                    }
                    continue;
                }
                default -> {
                }
            }
            boolean closer = type == HclTokenType.RIGHT_BRACE || type == HclTokenType.RIGHT_BRACKET
                    || type == HclTokenType.RIGHT_PAREN || type == HclTokenType.TEMPLATE_SEQUENCE_END;
            if (pendingSeparator && !closer) {
                append(out, SEPARATOR);
            }
            pendingSeparator = false;
            append(out, type == HclTokenType.OPEN_HEREDOC || type == HclTokenType.CLOSE_HEREDOC
                    ? token.text().strip() : token.text());
            afterOpener = false;
            switch (type) {
                case LEFT_BRACE, LEFT_BRACKET, LEFT_PAREN, TEMPLATE_INTERPOLATION, TEMPLATE_DIRECTIVE -> {
                    open.push(type);
                    afterOpener = true;
                }
                case RIGHT_BRACE, RIGHT_BRACKET, RIGHT_PAREN, TEMPLATE_SEQUENCE_END -> open.poll();
                default -> {
                }
            }
        }
        return out.toString();
    }

    private static void append(StringBuilder out, String text) {
        if (out.length() > 0) {
            out.append(' ');
        }
        out.append(text);
    }
}
