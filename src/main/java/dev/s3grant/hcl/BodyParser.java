package dev.s3grant.hcl;

import dev.s3grant.model.Message;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Reads bodies: attributes ({@code name = expr}) and blocks ({@code type "label" label {}}),
 * each on its own line, with single-line blocks ({@code x {}}, {@code x { a = 1 }}). After an
 * error it skips the rest of the line (including any braces opened on it) and goes on.
 */
final class BodyParser {

    private final TokenCursor cursor;
    private final ExpressionParser expressions;
    private final ErrorLog errors;
    private final LineIndex lines;

    BodyParser(TokenCursor cursor, ExpressionParser expressions, ErrorLog errors, LineIndex lines) {
        this.cursor = cursor;
        this.expressions = expressions;
        this.errors = errors;
        this.lines = lines;
    }

    HclBody parseFile() {
        return items(true, new ArrayList<>(), new ArrayList<>());
    }

    private HclBody items(boolean topLevel, List<HclAttribute> attributes, List<HclBlock> blocks) {
        while (true) {
            HclToken token = topLevel ? cursor.peekRawAtTopLevel() : cursor.peekRaw();
            switch (token.type()) {
                case NEWLINE -> cursor.nextRaw();
                case EOF -> {
                    return new HclBody(attributes, blocks);
                }
                case RIGHT_BRACE -> {
                    if (!topLevel) {
                        return new HclBody(attributes, blocks);
                    }
                    errors.add(token.range(), Message.of("hcl.error.unexpectedClosingBrace"));
                    cursor.nextRaw();
                }
                case IDENT -> {
                    HclToken name = topLevel ? cursor.nextRawAtTopLevel() : cursor.nextRaw();
                    item(name, topLevel, attributes, blocks);
                }
                default -> {
                    errors.add(token.range(), Message.of("hcl.error.expectedDefinition", ExpressionParser.describe(token)));
                    skipLine(topLevel);
                }
            }
        }
    }

    private void item(HclToken name, boolean topLevel, List<HclAttribute> attributes, List<HclBlock> blocks) {
        HclToken after = cursor.peekRaw();
        switch (after.type()) {
            case ASSIGN -> {
                attributes.add(attribute(name));
                expectLineEnd(topLevel, Message.of("hcl.after.argument"));
            }
            case OPEN_QUOTE, IDENT, LEFT_BRACE -> block(name, topLevel, blocks);
            default -> {
                errors.add(after.range(), Message.of("hcl.error.expectedAssignOrBlock", name.text(),
                        ExpressionParser.describe(after)));
                skipLine(topLevel);
            }
        }
    }

    /** At the {@code =} after the name; the range runs from the name to the end of the expression. */
    private HclAttribute attribute(HclToken name) {
        HclToken assign = cursor.nextRaw();
        HclExpression expression = expressions.parseAttributeValue();
        int end = Math.max(assign.range().endOffset(), expression.range().endOffset());
        return new HclAttribute(name.text(), expression, lines.range(name.range().startOffset(), end));
    }

    private void block(HclToken type, boolean topLevel, List<HclBlock> blocks) {
        List<String> labels = new ArrayList<>();
        while (cursor.peekRaw().type() != HclTokenType.LEFT_BRACE) {
            HclToken token = cursor.peekRaw();
            if (token.type() == HclTokenType.IDENT) {
                labels.add(cursor.nextRaw().text());
            } else if (token.type() == HclTokenType.OPEN_QUOTE) {
                labels.add(quotedLabel(cursor.nextRaw()));
            } else {
                errors.add(token.range(), Message.of("hcl.error.expectedLabel", type.text(), "{",
                        ExpressionParser.describe(token)));
                skipLine(topLevel);
                return;
            }
        }
        HclToken open = cursor.nextRaw();
        Range header = Range.between(type.range(), open.range());
        if (!cursor.enter()) {
            errors.add(open.range(), Message.of("hcl.error.blocksTooDeep", String.valueOf(TokenCursor.MAX_NESTING)));
            cursor.skipTo(EnumSet.of(HclTokenType.RIGHT_BRACE), false);
            closeBlock(open);
            return;
        }
        HclBody body;
        try {
            body = blockBody();
        } finally {
            cursor.exit();
        }
        closeBlock(open);
        Range range = lines.range(type.range().startOffset(), cursor.lastConsumed().range().endOffset());
        blocks.add(new HclBlock(type.text(), labels, body, range, header));
        if (cursor.lastConsumed().type() == HclTokenType.RIGHT_BRACE) {
            expectLineEnd(topLevel, Message.of("hcl.after.blockDefinition"));
        }
    }

    private void closeBlock(HclToken open) {
        if (cursor.peekRaw().type() == HclTokenType.RIGHT_BRACE) {
            cursor.nextRaw();
        } else {
            errors.add(open.range(), Message.of("hcl.error.unclosedBlock", "{"));
        }
    }

    private String quotedLabel(HclToken open) {
        Expr label = expressions.parseTemplate(open);
        HclString string = (HclString) label.value();
        return string.literalText().orElseGet(() -> {
            errors.add(lines.range(label.start(), label.end()), Message.of("hcl.error.templateLabel"));
            return expressions.text(label.start(), label.end());
        });
    }

    /** After the opening brace; stops before the closing brace (or at the end of input). */
    private HclBody blockBody() {
        HclToken first = cursor.peekRaw();
        if (first.type() == HclTokenType.NEWLINE || first.type() == HclTokenType.RIGHT_BRACE
                || first.type() == HclTokenType.EOF) {
            return items(false, new ArrayList<>(), new ArrayList<>());
        }
        List<HclAttribute> attributes = new ArrayList<>();
        if (first.type() == HclTokenType.IDENT && cursor.peekSecond().type() == HclTokenType.ASSIGN) {
            attributes.add(attribute(cursor.nextRaw()));
            HclToken after = cursor.peekRaw();
            if (after.type() == HclTokenType.RIGHT_BRACE) {
                return new HclBody(attributes, List.of());
            }
            singleLineError(after);
            skipLine(false);
        } else {
            singleLineError(first);
        }
        return items(false, attributes, new ArrayList<>());
    }

    private void singleLineError(HclToken at) {
        errors.add(at.range(), Message.of("hcl.error.singleLineBlock", "{"));
    }

    private void expectLineEnd(boolean topLevel, Message what) {
        HclToken token = cursor.peekRaw();
        if (token.type() == HclTokenType.NEWLINE) {
            cursor.nextRaw();
        } else if (token.type() != HclTokenType.EOF) {
            errors.add(token.range(), Message.of("hcl.error.expectedLineBreak", what, ExpressionParser.describe(token)));
            skipLine(topLevel);
        }
    }

    /** Skips to the end of the line, past any groups opened on it; inside a block, stops before its '}'. */
    private void skipLine(boolean topLevel) {
        cursor.skipTo(topLevel ? EnumSet.of(HclTokenType.NEWLINE)
                : EnumSet.of(HclTokenType.NEWLINE, HclTokenType.RIGHT_BRACE), true);
        if (cursor.peekRaw().type() == HclTokenType.NEWLINE) {
            cursor.nextRaw();
        }
    }
}
