package dev.s3grant.hcl;

import dev.s3grant.model.Message;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Recursive-descent parser for native-syntax expressions. It finds where each expression ends
 * (brackets, for-expressions, conditionals, operators, splats, templates) and keeps what can be
 * known without evaluation: literals, collections, references and function calls. Everything else
 * becomes {@link HclOther} with its source text.
 */
final class ExpressionParser {

    private static final List<Set<HclTokenType>> BINARY_LEVELS = List.of(
            EnumSet.of(HclTokenType.OR),
            EnumSet.of(HclTokenType.AND),
            EnumSet.of(HclTokenType.EQUAL, HclTokenType.NOT_EQUAL),
            EnumSet.of(HclTokenType.LESS, HclTokenType.LESS_EQUAL, HclTokenType.GREATER, HclTokenType.GREATER_EQUAL),
            EnumSet.of(HclTokenType.PLUS, HclTokenType.MINUS),
            EnumSet.of(HclTokenType.STAR, HclTokenType.SLASH, HclTokenType.PERCENT));

    private final String source;
    private final TokenCursor cursor;
    private final ErrorLog errors;
    private final LineIndex lines;
    private final TemplateParser templates;

    ExpressionParser(String source, TokenCursor cursor, ErrorLog errors, LineIndex lines) {
        this.source = source;
        this.cursor = cursor;
        this.errors = errors;
        this.lines = lines;
        this.templates = new TemplateParser(source, cursor, errors, this);
    }

    HclExpression parseAttributeValue() {
        Expr expr = parse();
        return new HclExpression(source.substring(expr.start(), expr.end()), expr.value(),
                lines.range(expr.start(), expr.end()));
    }

    /** After an opening quote: the quoted template through its closing quote. */
    Expr parseTemplate(HclToken openQuote) {
        return templates.quoted(openQuote);
    }

    /** Parses one full expression (conditional, operators, terms). */
    Expr parse() {
        HclToken first = cursor.peek();
        if (!cursor.enter()) {
            errors.add(first.range(), Message.of("hcl.error.expressionTooDeep", String.valueOf(TokenCursor.MAX_NESTING)));
            return missing(first);
        }
        try {
            return conditional();
        } finally {
            cursor.exit();
        }
    }

    String text(int start, int end) {
        return source.substring(start, end);
    }

    private Expr conditional() {
        Expr condition = binary(0);
        if (cursor.peek().type() != HclTokenType.QUESTION) {
            return condition;
        }
        cursor.next();
        parse();
        if (!expect(HclTokenType.COLON, Message.of("hcl.expected.conditionalColon"))) {
            return other(condition.start(), cursor.lastConsumed().range().endOffset());
        }
        Expr whenFalse = parse();
        return other(condition.start(), whenFalse.end());
    }

    private Expr binary(int level) {
        if (level == BINARY_LEVELS.size()) {
            return unary();
        }
        Expr left = binary(level + 1);
        int end = left.end();
        boolean operation = false;
        while (BINARY_LEVELS.get(level).contains(cursor.peek().type())) {
            cursor.next();
            end = binary(level + 1).end();
            operation = true;
        }
        // The text is cut once per chain, so long chains like 1+1+1+... stay linear.
        return operation ? other(left.start(), end) : left;
    }

    /** Prefix operators are read in a loop, so long chains need no stack. */
    private Expr unary() {
        List<HclToken> operators = new ArrayList<>();
        while (cursor.peek().type() == HclTokenType.MINUS || cursor.peek().type() == HclTokenType.BANG) {
            operators.add(cursor.next());
        }
        Expr operand = postfix(term());
        if (operators.isEmpty()) {
            return operand;
        }
        int start = operators.get(0).range().startOffset();
        if (operators.size() == 1 && operators.get(0).type() == HclTokenType.MINUS
                && operand.value() instanceof HclNumber number) {
            return new Expr(new HclNumber(number.value().negate()), start, operand.end());
        }
        return other(start, operand.end());
    }

    private Expr term() {
        HclToken token = cursor.peek();
        return switch (token.type()) {
            case NUMBER -> number(cursor.next());
            case IDENT -> identifierTerm();
            case OPEN_QUOTE -> {
                cursor.next();
                yield templates.quoted(token);
            }
            case OPEN_HEREDOC -> {
                cursor.next();
                yield templates.heredoc(token);
            }
            case LEFT_BRACKET -> bracketed(this::tupleOrFor, token);
            case LEFT_BRACE -> bracketed(this::objectOrFor, token);
            case LEFT_PAREN -> bracketed(this::parenthesized, token);
            default -> {
                errors.add(token.range(), Message.of("hcl.error.expectedExpression", describe(token)));
                yield missing(token);
            }
        };
    }

    private interface GroupParser {
        Expr parse(HclToken open);
    }

    private Expr bracketed(GroupParser group, HclToken open) {
        if (!cursor.enter()) {
            errors.add(open.range(), Message.of("hcl.error.expressionTooDeep", String.valueOf(TokenCursor.MAX_NESTING)));
            cursor.skipTo(EnumSet.noneOf(HclTokenType.class), false);
            return other(open.range().startOffset(), cursor.lastConsumed().range().endOffset());
        }
        try {
            return group.parse(cursor.next());
        } finally {
            cursor.exit();
        }
    }

    private Expr number(HclToken token) {
        int start = token.range().startOffset();
        try {
            return new Expr(new HclNumber(new BigDecimal(token.text())), start, token.range().endOffset());
        } catch (NumberFormatException | ArithmeticException e) {
            errors.add(token.range(), Message.of("hcl.error.invalidNumber", token.text()));
            return new Expr(new HclOther(token.text()), start, token.range().endOffset());
        }
    }

    private Expr identifierTerm() {
        HclToken name = cursor.next();
        int start = name.range().startOffset();
        HclTokenType after = cursor.peek().type();
        if (after == HclTokenType.LEFT_PAREN || after == HclTokenType.DOUBLE_COLON) {
            return functionCall(name);
        }
        return switch (name.text()) {
            case "true" -> new Expr(new HclBool(true), start, name.range().endOffset());
            case "false" -> new Expr(new HclBool(false), start, name.range().endOffset());
            case "null" -> new Expr(new HclNull(), start, name.range().endOffset());
            default -> new Expr(new HclReference(name.text()), start, name.range().endOffset());
        };
    }

    private Expr functionCall(HclToken first) {
        StringBuilder name = new StringBuilder(first.text());
        while (cursor.peek().type() == HclTokenType.DOUBLE_COLON) {
            cursor.next();
            HclToken part = cursor.peek();
            if (part.type() != HclTokenType.IDENT) {
                errors.add(part.range(), Message.of("hcl.error.expectedFunctionName", describe(part)));
                return other(first.range().startOffset(), cursor.lastConsumed().range().endOffset());
            }
            name.append("::").append(cursor.next().text());
        }
        HclToken open = cursor.peek();
        if (open.type() != HclTokenType.LEFT_PAREN) {
            errors.add(open.range(), Message.of("hcl.error.expectedCallOpen", name, describe(open)));
            return other(first.range().startOffset(), cursor.lastConsumed().range().endOffset());
        }
        Expr call = bracketed(o -> arguments(first, name.toString()), open);
        return new Expr(call.value(), first.range().startOffset(), call.end());
    }

    private Expr arguments(HclToken first, String name) {
        int start = first.range().startOffset();
        cursor.pushNewlines(false);
        try {
            List<HclValue> arguments = new ArrayList<>();
            boolean expanded = false;
            while (cursor.peek().type() != HclTokenType.RIGHT_PAREN) {
                if (endsGroup(cursor.peek())) {
                    return unclosed(start, Message.of("hcl.expected.closeArguments", name));
                }
                arguments.add(parse().value());
                HclToken separator = cursor.peek();
                if (separator.type() == HclTokenType.ELLIPSIS) {
                    cursor.next();
                    expanded = true;
                    separator = cursor.peek();
                }
                if (separator.type() == HclTokenType.COMMA) {
                    cursor.next();
                } else if (separator.type() != HclTokenType.RIGHT_PAREN && endsGroup(separator)) {
                    return unclosed(start, Message.of("hcl.expected.closeArguments", name));
                } else if (separator.type() != HclTokenType.RIGHT_PAREN) {
                    errors.add(separator.range(), Message.of("hcl.error.expectedArgumentSeparator", name,
                            describe(separator)));
                    cursor.skipTo(EnumSet.of(HclTokenType.RIGHT_PAREN), false);
                    if (cursor.peek().type() != HclTokenType.RIGHT_PAREN) {
                        return other(start, cursor.lastConsumed().range().endOffset());
                    }
                }
            }
            int end = cursor.next().range().endOffset();
            HclValue value = expanded ? new HclOther(text(start, end)) : new HclFunctionCall(name, arguments);
            return new Expr(value, start, end);
        } finally {
            cursor.popNewlines();
        }
    }

    private Expr parenthesized(HclToken open) {
        cursor.pushNewlines(false);
        try {
            Expr inner = parse();
            int start = open.range().startOffset();
            if (!expect(HclTokenType.RIGHT_PAREN, Message.of("hcl.expected.closeParenthesis", open.range().start()))) {
                return other(start, cursor.lastConsumed().range().endOffset());
            }
            return new Expr(inner.value(), start, cursor.lastConsumed().range().endOffset());
        } finally {
            cursor.popNewlines();
        }
    }

    private Expr tupleOrFor(HclToken open) {
        cursor.pushNewlines(false);
        try {
            if (startsFor()) {
                return forExpression(open, HclTokenType.RIGHT_BRACKET);
            }
            int start = open.range().startOffset();
            List<HclValue> elements = new ArrayList<>();
            while (cursor.peek().type() != HclTokenType.RIGHT_BRACKET) {
                if (endsGroup(cursor.peek())) {
                    return unclosed(start, Message.of("hcl.expected.closeTuple", open.range().start()));
                }
                elements.add(parse().value());
                HclToken separator = cursor.peek();
                if (separator.type() == HclTokenType.COMMA) {
                    cursor.next();
                } else if (separator.type() != HclTokenType.RIGHT_BRACKET && endsGroup(separator)) {
                    return unclosed(start, Message.of("hcl.expected.closeTuple", open.range().start()));
                } else if (separator.type() != HclTokenType.RIGHT_BRACKET) {
                    errors.add(separator.range(), Message.of("hcl.error.expectedTupleSeparator", describe(separator)));
                    cursor.skipTo(EnumSet.of(HclTokenType.RIGHT_BRACKET), false);
                    if (cursor.peek().type() != HclTokenType.RIGHT_BRACKET) {
                        return other(start, cursor.lastConsumed().range().endOffset());
                    }
                }
            }
            int end = cursor.next().range().endOffset();
            return new Expr(new HclTuple(elements), start, end);
        } finally {
            cursor.popNewlines();
        }
    }

    private Expr objectOrFor(HclToken open) {
        // As in hclsyntax: "for" may follow on the next line, though objects are newline-sensitive.
        cursor.pushNewlines(false);
        boolean isFor = startsFor();
        cursor.popNewlines();
        if (isFor) {
            cursor.pushNewlines(false);
            try {
                return forExpression(open, HclTokenType.RIGHT_BRACE);
            } finally {
                cursor.popNewlines();
            }
        }
        cursor.pushNewlines(true);
        try {
            return object(open);
        } finally {
            cursor.popNewlines();
        }
    }

    private Expr object(HclToken open) {
        int start = open.range().startOffset();
        List<HclObject.Entry> entries = new ArrayList<>();
        while (true) {
            while (cursor.peek().type() == HclTokenType.NEWLINE) {
                cursor.next();
            }
            HclToken token = cursor.peek();
            if (token.type() == HclTokenType.RIGHT_BRACE) {
                break;
            }
            if (endsGroup(token)) {
                return unclosed(start, Message.of("hcl.expected.closeObject", open.range().start()));
            }
            Expr key = parse();
            HclToken assign = cursor.peek();
            if (assign.type() != HclTokenType.ASSIGN && assign.type() != HclTokenType.COLON) {
                errors.add(assign.range(), Message.of("hcl.error.expectedObjectAssign", describe(assign)));
                skipObjectItem();
                continue;
            }
            cursor.next();
            Expr value = parse();
            entries.add(new HclObject.Entry(objectKey(key), value.value()));
            HclToken separator = cursor.peek();
            if (separator.type() == HclTokenType.COMMA || separator.type() == HclTokenType.NEWLINE) {
                cursor.next();
            } else if (separator.type() != HclTokenType.RIGHT_BRACE && !endsGroup(separator)) {
                errors.add(separator.range(), Message.of("hcl.error.expectedObjectSeparator",
                        describe(separator)));
                skipObjectItem();
            }
        }
        int end = cursor.next().range().endOffset();
        return new Expr(new HclObject(entries), start, end);
    }

    private void skipObjectItem() {
        cursor.skipTo(EnumSet.of(HclTokenType.COMMA, HclTokenType.NEWLINE, HclTokenType.RIGHT_BRACE), false);
        HclTokenType type = cursor.peek().type();
        if (type == HclTokenType.COMMA || type == HclTokenType.NEWLINE) {
            cursor.next();
        }
    }

    private String objectKey(Expr key) {
        if (key.value() instanceof HclReference reference && reference.traversal().equals(text(key.start(), key.end()))
                && reference.root().equals(reference.traversal())) {
            return reference.traversal();
        }
        if (key.value() instanceof HclString string && text(key.start(), key.end()).startsWith("\"")) {
            return string.literalText().orElse(text(key.start(), key.end()));
        }
        return text(key.start(), key.end());
    }

    private boolean startsFor() {
        HclToken first = cursor.peek();
        return first.type() == HclTokenType.IDENT && first.text().equals("for")
                && cursor.peekSecond().type() == HclTokenType.IDENT;
    }

    /** {@code [for k, v in coll : result if cond]} or {@code {for k, v in coll : key => value... if cond}}. */
    private Expr forExpression(HclToken open, HclTokenType closer) {
        int start = open.range().startOffset();
        cursor.next(); // for
        cursor.next(); // first variable
        if (cursor.peek().type() == HclTokenType.COMMA) {
            cursor.next();
            if (!expect(HclTokenType.IDENT, Message.of("hcl.expected.secondVariable"))) {
                return recoverFor(start, closer);
            }
        }
        if (!expectKeyword("in")) {
            return recoverFor(start, closer);
        }
        parse();
        if (!expect(HclTokenType.COLON, Message.of("hcl.expected.forColon"))) {
            return recoverFor(start, closer);
        }
        parse();
        if (closer == HclTokenType.RIGHT_BRACE) {
            if (!expect(HclTokenType.FAT_ARROW, Message.of("hcl.expected.forArrow"))) {
                return recoverFor(start, closer);
            }
            parse();
            if (cursor.peek().type() == HclTokenType.ELLIPSIS) {
                cursor.next();
            }
        }
        if (cursor.peek().type() == HclTokenType.IDENT && cursor.peek().text().equals("if")) {
            cursor.next();
            parse();
        }
        if (!expect(closer, Message.of("hcl.expected.forClose", closer == HclTokenType.RIGHT_BRACE ? "}" : "]"))) {
            return recoverFor(start, closer);
        }
        return other(start, cursor.lastConsumed().range().endOffset());
    }

    private Expr recoverFor(int start, HclTokenType closer) {
        cursor.skipTo(EnumSet.of(closer), false);
        if (cursor.peek().type() == closer) {
            cursor.next();
        }
        return other(start, cursor.lastConsumed().range().endOffset());
    }

    private boolean expectKeyword(String keyword) {
        HclToken token = cursor.peek();
        if (token.type() == HclTokenType.IDENT && token.text().equals(keyword)) {
            cursor.next();
            return true;
        }
        errors.add(token.range(), Message.of("hcl.error.expectedForKeyword", keyword, describe(token)));
        return false;
    }

    // ---- traversals, indexes and splats -------------------------------------------------------

    /** Applies {@code .attr}, {@code [index]}, {@code .*} and {@code [*]} to a term. */
    private Expr postfix(Expr term) {
        StringBuilder traversal = term.value() instanceof HclReference ref
                && ref.traversal().equals(text(term.start(), term.end())) ? new StringBuilder(ref.traversal()) : null;
        int end = term.end();
        boolean changed = false;
        while (true) {
            HclTokenType type = cursor.peek().type();
            if (type == HclTokenType.DOT) {
                cursor.next();
                HclToken step = cursor.peek();
                if (step.type() == HclTokenType.IDENT) {
                    append(traversal, "." + cursor.next().text());
                } else if (step.type() == HclTokenType.NUMBER && step.text().matches("[0-9]+(\\.[0-9]+)?")) {
                    cursor.next();
                    for (String index : step.text().split("\\.")) {
                        append(traversal, "[" + index + "]");
                    }
                } else if (step.type() == HclTokenType.STAR) {
                    cursor.next();
                    traversal = null;
                } else {
                    errors.add(step.range(), Message.of("hcl.error.expectedAttributeName", describe(step)));
                    return other(term.start(), cursor.lastConsumed().range().endOffset());
                }
            } else if (type == HclTokenType.LEFT_BRACKET) {
                HclToken open = cursor.peek();
                if (!cursor.enter()) {
                    errors.add(open.range(), Message.of("hcl.error.expressionTooDeep", String.valueOf(TokenCursor.MAX_NESTING)));
                    return other(term.start(), end);
                }
                try {
                    cursor.next();
                    String index = index(open);
                    if (index == null) {
                        return other(term.start(), cursor.lastConsumed().range().endOffset());
                    }
                    if (index.equals("*")) {
                        traversal = null;
                    } else if (index.isEmpty()) {
                        traversal = null;
                    } else {
                        append(traversal, "[" + index + "]");
                    }
                } finally {
                    cursor.exit();
                }
            } else {
                break;
            }
            changed = true;
            end = cursor.lastConsumed().range().endOffset();
        }
        if (!changed) {
            return term;
        }
        HclValue value = traversal != null ? new HclReference(traversal.toString()) : new HclOther(text(term.start(), end));
        return new Expr(value, term.start(), end);
    }

    /**
     * After {@code [}: reads an index or splat through {@code ]}. Returns {@code "*"} for a splat,
     * the normalized key for a literal or reference key, {@code ""} for any other key, and
     * {@code null} after a syntax error.
     */
    private String index(HclToken open) {
        cursor.pushNewlines(false);
        try {
            if (cursor.peek().type() == HclTokenType.STAR && cursor.peekSecond().type() == HclTokenType.RIGHT_BRACKET) {
                cursor.next();
                cursor.next();
                return "*";
            }
            Expr key = parse();
            if (!expect(HclTokenType.RIGHT_BRACKET, Message.of("hcl.expected.closeIndex", open.range().start()))) {
                cursor.skipTo(EnumSet.of(HclTokenType.RIGHT_BRACKET), false);
                if (cursor.peek().type() == HclTokenType.RIGHT_BRACKET) {
                    cursor.next();
                }
                return null;
            }
            HclValue value = key.value();
            if (value instanceof HclNumber || value instanceof HclString string && string.literalText().isPresent()) {
                return text(key.start(), key.end());
            }
            if (value instanceof HclReference reference) {
                return reference.traversal();
            }
            return "";
        } finally {
            cursor.popNewlines();
        }
    }

    private static void append(StringBuilder traversal, String step) {
        if (traversal != null) {
            traversal.append(step);
        }
    }

    // ---- helpers ------------------------------------------------------------------------------

    private boolean expect(HclTokenType type, Message what) {
        HclToken token = cursor.peek();
        if (token.type() == type) {
            cursor.next();
            return true;
        }
        errors.add(token.range(), Message.of("hcl.error.expected", what, describe(token)));
        return false;
    }

    /** End of input, or a closing token that belongs to an enclosing group. */
    private static boolean endsGroup(HclToken token) {
        return token.type() == HclTokenType.EOF || TokenCursor.isCloser(token.type());
    }

    private Expr unclosed(int start, Message what) {
        HclToken token = cursor.peek();
        errors.add(token.range(), Message.of("hcl.error.expected", what, describe(token)));
        return other(start, Math.max(start, cursor.lastConsumed().range().endOffset()));
    }

    private Expr other(int start, int end) {
        int safeEnd = Math.max(start, end);
        return new Expr(new HclOther(text(start, safeEnd)), start, safeEnd);
    }

    private static Expr missing(HclToken at) {
        int offset = at.range().startOffset();
        return new Expr(new HclOther(""), offset, offset);
    }

    /** What the parser found instead, for the "found …" part of an error. */
    static Message describe(HclToken token) {
        return switch (token.type()) {
            case EOF -> Message.of("hcl.found.endOfInput");
            case NEWLINE -> Message.of("hcl.found.lineBreak");
            default -> Message.of("hcl.found.token", token.text());
        };
    }
}
