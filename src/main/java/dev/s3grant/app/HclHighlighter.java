package dev.s3grant.app;

import dev.s3grant.app.HighlightRun.Token;
import dev.s3grant.hcl.HclLexer;
import dev.s3grant.hcl.HclToken;
import dev.s3grant.hcl.HclTokenType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Terraform's native syntax from the HCL lexer's tokens: comments; strings (a quoted template or a
 * heredoc as one run, its interpolations included); block types (an identifier followed on its
 * line by labels and an opening brace); attribute names (an identifier before {@code =});
 * references ({@code var.}, {@code local.}, {@code data.}, {@code module.} or a resource type,
 * with their dotted names); function names; numbers; {@code true}, {@code false}, {@code null};
 * and brackets.
 */
final class HclHighlighter {

    private static final Pattern REFERENCE_ROOT = Pattern.compile("var|local|data|module|aws_[a-z0-9_]+");
    private static final Pattern FUNCTION_NAME = Pattern.compile("[a-z_][a-z0-9_]*");

    private final List<HclToken> tokens;
    private final List<HighlightRun> runs = new ArrayList<>();

    private HclHighlighter(List<HclToken> tokens) {
        this.tokens = tokens;
    }

    static List<HighlightRun> runs(String text) {
        HclHighlighter h = new HclHighlighter(HclLexer.lex(text).tokens());
        h.highlight();
        return h.runs;
    }

    private void highlight() {
        int i = 0;
        while (i < tokens.size()) {
            HclToken token = tokens.get(i);
            switch (token.type()) {
                case COMMENT -> add(Token.COMMENT, token, token);
                case OPEN_QUOTE, OPEN_HEREDOC -> {
                    int close = closing(i);
                    add(Token.STRING, token, tokens.get(close));
                    i = close;
                }
                case IDENT -> i = identifier(i);
                case NUMBER -> add(Token.NUMBER, token, token);
                case LEFT_BRACE, RIGHT_BRACE, LEFT_BRACKET, RIGHT_BRACKET, LEFT_PAREN, RIGHT_PAREN ->
                        add(Token.BRACKET, token, token);
                default -> {
                }
            }
            i++;
        }
    }

    /** Highlights the identifier at {@code i}; returns the index of the last token it covered. */
    private int identifier(int i) {
        HclToken ident = tokens.get(i);
        HclToken next = tokens.get(i + 1);
        if (startsBlock(i + 1)) {
            add(Token.BLOCK_TYPE, ident, ident);
        } else if (next.type() == HclTokenType.ASSIGN) {
            add(Token.ATTRIBUTE, ident, ident);
        } else if (REFERENCE_ROOT.matcher(ident.text()).matches() && isDot(i + 1) && isName(i + 2)) {
            int last = i + 2;
            while (isDot(last + 1) && isName(last + 2)) {
                last += 2;
            }
            add(Token.REFERENCE, ident, tokens.get(last));
            return last;
        } else if (next.type() == HclTokenType.LEFT_PAREN && next.range().startOffset() == ident.range().endOffset()
                && FUNCTION_NAME.matcher(ident.text()).matches()) {
            add(Token.FUNCTION, ident, ident);
        } else if (ident.text().equals("true") || ident.text().equals("false") || ident.text().equals("null")) {
            add(Token.LITERAL, ident, ident);
        }
        return i;
    }

    /** Labels (quoted strings) and then an opening brace, on the same line, from {@code i} on. */
    private boolean startsBlock(int i) {
        while (tokens.get(i).type() == HclTokenType.OPEN_QUOTE) {
            i = closing(i) + 1;
        }
        return tokens.get(i).type() == HclTokenType.LEFT_BRACE;
    }

    /** The index of the token that closes the string or heredoc opened at {@code open}, nested ones skipped. */
    private int closing(int open) {
        int depth = 0;
        for (int i = open; i < tokens.size() - 1; i++) {
            HclTokenType type = tokens.get(i).type();
            if (type == HclTokenType.OPEN_QUOTE || type == HclTokenType.OPEN_HEREDOC) {
                depth++;
            } else if (type == HclTokenType.CLOSE_QUOTE || type == HclTokenType.CLOSE_HEREDOC) {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return tokens.size() - 2;
    }

    private boolean isDot(int i) {
        return i < tokens.size() && tokens.get(i).type() == HclTokenType.DOT;
    }

    private boolean isName(int i) {
        return i < tokens.size() && (tokens.get(i).type() == HclTokenType.IDENT || tokens.get(i).type() == HclTokenType.NUMBER);
    }

    private void add(Token kind, HclToken first, HclToken last) {
        int start = first.range().startOffset();
        int end = Math.max(start, last.range().endOffset());
        if (end > start) {
            runs.add(new HighlightRun(kind, start, end));
        }
    }
}
