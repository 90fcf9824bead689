package dev.s3grant.hcl;

import java.util.Set;

/**
 * Recognises lines that start a top-level Terraform block in column 1 ({@code resource "x" "y" {}},
 * {@code locals {}}, ...). The native syntax itself would allow such a line inside a block, but in
 * Terraform files it almost always means the block above was not closed. The lexer and parser use
 * these lines only to recover from an error that already happened: an unterminated heredoc ends
 * before such a line, and a block left open is reported and closed there, so the blocks after it
 * are still read.
 */
final class RecoveryAnchors {

    static final Set<String> TOP_LEVEL_BLOCK_TYPES = Set.of(
            "resource", "data", "variable", "output", "module", "provider", "locals", "terraform",
            "moved", "import", "check", "removed");

    private RecoveryAnchors() {
    }

    /** Whether the line starting at {@code lineStart} begins with a top-level block type and a blank, quote or brace. */
    static boolean isBlockHeaderLine(String source, int lineStart) {
        int end = lineStart;
        while (end < source.length() && isAsciiLetter(source.charAt(end))) {
            end++;
        }
        if (end == lineStart || end >= source.length()) {
            return false;
        }
        char after = source.charAt(end);
        boolean separated = after == ' ' || after == '\t' || after == '"' || after == '{';
        return separated && TOP_LEVEL_BLOCK_TYPES.contains(source.substring(lineStart, end));
    }

    /**
     * Whether the token at {@code index} is a top-level block type in column 1 followed by labels and
     * an opening brace.
     */
    static boolean isBlockHeader(java.util.List<HclToken> tokens, int index) {
        HclToken first = tokens.get(index);
        if (first.type() != HclTokenType.IDENT || first.range().startColumn() != 1
                || !TOP_LEVEL_BLOCK_TYPES.contains(first.text())) {
            return false;
        }
        int i = index + 1;
        while (i < tokens.size()) {
            HclTokenType type = tokens.get(i).type();
            if (type == HclTokenType.LEFT_BRACE) {
                return true;
            }
            if (type == HclTokenType.IDENT || type == HclTokenType.QUOTED_LITERAL
                    || type == HclTokenType.OPEN_QUOTE || type == HclTokenType.CLOSE_QUOTE
                    || type == HclTokenType.COMMENT) {
                i++;
            } else {
                return false;
            }
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z';
    }
}
