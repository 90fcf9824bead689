package dev.s3grant.hcl;

import dev.s3grant.model.Message;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Reads quoted templates and heredocs into {@link HclString}s: processes escapes, applies
 * {@code ~} strip markers, removes the common indentation of {@code <<-} heredocs the way
 * hclsyntax does, and merges adjacent literal text.
 */
final class TemplateParser {

    /** A template part while it is being built; literals stay mutable until stripping is done. */
    private static final class Piece {
        final TemplatePart fixed;
        String literal;

        Piece(TemplatePart fixed, String literal) {
            this.fixed = fixed;
            this.literal = literal;
        }

        boolean isLiteral() {
            return fixed == null;
        }
    }

    private final String source;
    private final TokenCursor cursor;
    private final ErrorLog errors;
    private final ExpressionParser expressions;

    TemplateParser(String source, TokenCursor cursor, ErrorLog errors, ExpressionParser expressions) {
        this.source = source;
        this.cursor = cursor;
        this.errors = errors;
        this.expressions = expressions;
    }

    /** After the opening quote; reads through the closing quote. */
    Expr quoted(HclToken open) {
        List<Piece> pieces = parts(HclTokenType.CLOSE_QUOTE, false);
        return finish(open, pieces, HclTokenType.CLOSE_QUOTE);
    }

    /** After {@code <<EOT} and its line break; reads through the closing marker. */
    Expr heredoc(HclToken open) {
        List<Piece> pieces = parts(HclTokenType.CLOSE_HEREDOC, true);
        if (open.text().startsWith("<<-")) {
            removeCommonIndentation(pieces);
        }
        return finish(open, pieces, HclTokenType.CLOSE_HEREDOC);
    }

    private Expr finish(HclToken open, List<Piece> pieces, HclTokenType closer) {
        int start = open.range().startOffset();
        if (cursor.peekRaw().type() == closer) {
            cursor.nextRaw();
        }
        int end = Math.max(start, cursor.lastConsumed().range().endOffset());
        return new Expr(new HclString(merge(pieces)), start, end);
    }

    private List<Piece> parts(HclTokenType closer, boolean heredoc) {
        List<Piece> pieces = new ArrayList<>();
        boolean stripNext = false;
        while (true) {
            HclToken token = cursor.peekRaw();
            HclTokenType type = token.type();
            if (type == HclTokenType.QUOTED_LITERAL || type == HclTokenType.HEREDOC_LITERAL) {
                cursor.nextRaw();
                String text = heredoc
                        ? TemplateEscapes.heredoc(token.text())
                        : TemplateEscapes.quoted(token.text(), token.range().startOffset(), errors);
                pieces.add(new Piece(null, stripNext ? text.stripLeading() : text));
                stripNext = false;
            } else if (type == HclTokenType.TEMPLATE_INTERPOLATION || type == HclTokenType.TEMPLATE_DIRECTIVE) {
                cursor.nextRaw();
                if (token.text().endsWith("~") && !pieces.isEmpty() && pieces.get(pieces.size() - 1).isLiteral()) {
                    Piece previous = pieces.get(pieces.size() - 1);
                    previous.literal = previous.literal.stripTrailing();
                }
                pieces.add(type == HclTokenType.TEMPLATE_INTERPOLATION ? interpolation(token) : directive(token));
                stripNext = cursor.lastConsumed().text().equals("~}");
            } else {
                return pieces;
            }
        }
    }

    private Piece interpolation(HclToken open) {
        cursor.pushNewlines(false);
        try {
            Expr inner = expressions.parse();
            closeSequence(open);
            return new Piece(new TemplatePart.Interpolation(inner.value(),
                    expressions.text(inner.start(), inner.end())), null);
        } finally {
            cursor.popNewlines();
        }
    }

    /** Directives are kept as their source text; their tokens are skipped up to the closing brace. */
    private Piece directive(HclToken open) {
        cursor.pushNewlines(false);
        try {
            cursor.skipTo(EnumSet.of(HclTokenType.TEMPLATE_SEQUENCE_END), true);
            closeSequence(open);
            int end = Math.max(open.range().endOffset(), cursor.lastConsumed().range().endOffset());
            return new Piece(new TemplatePart.Directive(source.substring(open.range().startOffset(), end)), null);
        } finally {
            cursor.popNewlines();
        }
    }

    private void closeSequence(HclToken open) {
        HclToken token = cursor.peek();
        if (token.type() == HclTokenType.TEMPLATE_SEQUENCE_END) {
            cursor.next();
            return;
        }
        if (token.type() != HclTokenType.EOF) {
            errors.add(token.range(), Message.of("hcl.error.unclosedTemplate", open.text(), open.range().start(),
                    ExpressionParser.describe(token)));
        }
        cursor.skipTo(EnumSet.of(HclTokenType.TEMPLATE_SEQUENCE_END, HclTokenType.CLOSE_QUOTE,
                HclTokenType.CLOSE_HEREDOC), true);
        if (cursor.peek().type() == HclTokenType.TEMPLATE_SEQUENCE_END) {
            cursor.next();
        }
    }

    /**
     * hclsyntax's flush-heredoc rule: find the fewest leading whitespace characters among lines
     * that are not blank (an interpolation at the start of a line counts as zero), and remove that
     * many from the start of every such line. Blank lines are left as they are.
     */
    private static void removeCommonIndentation(List<Piece> pieces) {
        int minimum = Integer.MAX_VALUE;
        List<Piece> lineStarts = new ArrayList<>();
        boolean atLineStart = true;
        for (Piece piece : pieces) {
            if (atLineStart) {
                atLineStart = false;
                if (!piece.isLiteral()) {
                    minimum = 0;
                } else if (!(piece.literal.isBlank() && piece.literal.endsWith("\n"))) {
                    minimum = Math.min(minimum, leadingWhitespace(piece.literal));
                    lineStarts.add(piece);
                }
            }
            if (piece.isLiteral() && piece.literal.endsWith("\n")) {
                atLineStart = true;
            }
        }
        if (minimum == Integer.MAX_VALUE) {
            return;
        }
        for (Piece piece : lineStarts) {
            piece.literal = piece.literal.substring(Math.min(minimum, leadingWhitespace(piece.literal)));
        }
    }

    private static int leadingWhitespace(String text) {
        int count = 0;
        while (count < text.length() && Character.isWhitespace(text.charAt(count))) {
            count++;
        }
        return count;
    }

    private static List<TemplatePart> merge(List<Piece> pieces) {
        List<TemplatePart> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        for (Piece piece : pieces) {
            if (piece.isLiteral()) {
                literal.append(piece.literal);
                continue;
            }
            if (literal.length() > 0) {
                parts.add(new TemplatePart.Literal(literal.toString()));
                literal.setLength(0);
            }
            parts.add(piece.fixed);
        }
        if (literal.length() > 0) {
            parts.add(new TemplatePart.Literal(literal.toString()));
        }
        return parts;
    }
}
