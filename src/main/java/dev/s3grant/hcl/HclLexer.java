package dev.s3grant.hcl;

import dev.s3grant.model.Message;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * Splits native-syntax source into tokens, following hclsyntax's scanner: a stack of modes tells
 * plain expressions, quoted templates and heredocs apart, so <code>${ ... }</code> can nest strings
 * that contain further interpolations to any depth. Comments and line breaks are kept as tokens.
 *
 * <p>Never throws for non-null input; it reads each character a bounded number of times.
 */
public final class HclLexer {

    private enum Mode { BRACE, INTERPOLATION, QUOTED, HEREDOC }

    private static final class Frame {
        final Mode mode;
        final int openStart;
        final int openEnd;
        final String marker;
        final int heredocLimit;
        boolean atLineStart = true;

        Frame(Mode mode, int openStart, int openEnd, String marker, int heredocLimit) {
            this.mode = mode;
            this.openStart = openStart;
            this.openEnd = openEnd;
            this.marker = marker;
            this.heredocLimit = heredocLimit;
        }
    }

    private final String src;
    private final LineIndex lines;
    private final List<HclToken> tokens = new ArrayList<>();
    private final List<HclError> errors = new ArrayList<>();
    private final Deque<Frame> modes = new ArrayDeque<>();
    private HeredocLines heredocLines;
    private int pos;
    private int lastRewind = -1;

    private HclLexer(String source, LineIndex lines) {
        this.src = source;
        this.lines = lines;
    }

    public static HclTokens lex(String source) {
        Objects.requireNonNull(source, "source");
        return lex(source, new LineIndex(source));
    }

    /** Lexes with the parser's line index of the same source. */
    static HclTokens lex(String source, LineIndex lines) {
        HclLexer lexer = new HclLexer(source, lines);
        lexer.run();
        return new HclTokens(lexer.tokens, lexer.errors);
    }

    private void run() {
        while (true) {
            Frame top = modes.peek();
            if (top == null) {
                if (!scanPlain()) {
                    break;
                }
            } else if (top.mode == Mode.QUOTED) {
                scanQuoted(top);
            } else if (top.mode == Mode.HEREDOC) {
                scanHeredoc(top);
            } else if (!scanPlain()) {
                modes.pop();
                if (top.mode == Mode.INTERPOLATION) {
                    error(top.openStart, top.openEnd, Message.of("hcl.error.unterminatedTemplate"));
                    emit(HclTokenType.TEMPLATE_SEQUENCE_END, pos, pos);
                }
            }
        }
        emit(HclTokenType.EOF, pos, pos);
    }

    // ---- plain expression mode -------------------------------------------------------------

    /** Scans one token in expression mode; false at end of input. */
    private boolean scanPlain() {
        skipBlanks();
        if (pos >= src.length()) {
            return false;
        }
        int start = pos;
        char c = src.charAt(pos);
        switch (c) {
            case '\n' -> emitAdvance(HclTokenType.NEWLINE, 1);
            case '\r' -> emitAdvance(HclTokenType.NEWLINE, 2); // skipBlanks leaves only "\r\n"
            case '#' -> lineComment(start);
            case '/' -> {
                if (peekIs(1, '/')) {
                    lineComment(start);
                } else if (peekIs(1, '*')) {
                    blockComment(start);
                } else {
                    emitAdvance(HclTokenType.SLASH, 1);
                }
            }
            case '"' -> {
                emitAdvance(HclTokenType.OPEN_QUOTE, 1);
                modes.push(new Frame(Mode.QUOTED, start, pos, null, 0));
            }
            case '<' -> {
                if (!tryHeredocOpener(start)) {
                    twoOrOne('=', HclTokenType.LESS_EQUAL, HclTokenType.LESS);
                }
            }
            case '{' -> {
                emitAdvance(HclTokenType.LEFT_BRACE, 1);
                modes.push(new Frame(Mode.BRACE, start, pos, null, 0));
            }
            case '}' -> closeBrace(1);
            case '~' -> {
                if (peekIs(1, '}') && !modes.isEmpty() && modes.peek().mode == Mode.INTERPOLATION) {
                    closeBrace(2);
                } else {
                    invalidRun(start);
                }
            }
            case '[' -> emitAdvance(HclTokenType.LEFT_BRACKET, 1);
            case ']' -> emitAdvance(HclTokenType.RIGHT_BRACKET, 1);
            case '(' -> emitAdvance(HclTokenType.LEFT_PAREN, 1);
            case ')' -> emitAdvance(HclTokenType.RIGHT_PAREN, 1);
            case ',' -> emitAdvance(HclTokenType.COMMA, 1);
            case '?' -> emitAdvance(HclTokenType.QUESTION, 1);
            case '+' -> emitAdvance(HclTokenType.PLUS, 1);
            case '-' -> emitAdvance(HclTokenType.MINUS, 1);
            case '*' -> emitAdvance(HclTokenType.STAR, 1);
            case '%' -> emitAdvance(HclTokenType.PERCENT, 1);
            case '.' -> {
                if (peekIs(1, '.') && peekIs(2, '.')) {
                    emitAdvance(HclTokenType.ELLIPSIS, 3);
                } else {
                    emitAdvance(HclTokenType.DOT, 1);
                }
            }
            case ':' -> twoOrOne(':', HclTokenType.DOUBLE_COLON, HclTokenType.COLON);
            case '=' -> {
                if (peekIs(1, '=')) {
                    emitAdvance(HclTokenType.EQUAL, 2);
                } else if (peekIs(1, '>')) {
                    emitAdvance(HclTokenType.FAT_ARROW, 2);
                } else {
                    emitAdvance(HclTokenType.ASSIGN, 1);
                }
            }
            case '!' -> twoOrOne('=', HclTokenType.NOT_EQUAL, HclTokenType.BANG);
            case '>' -> twoOrOne('=', HclTokenType.GREATER_EQUAL, HclTokenType.GREATER);
            case '&' -> pairOrInvalid('&', HclTokenType.AND, start);
            case '|' -> pairOrInvalid('|', HclTokenType.OR, start);
            default -> {
                if (CharClasses.isDigit(c)) {
                    number(start);
                } else if (CharClasses.isIdentifierStart(src.codePointAt(pos))) {
                    identifier(start);
                } else {
                    invalidRun(start);
                }
            }
        }
        return true;
    }

    private void skipBlanks() {
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == ' ' || c == '\t' || (c == '\r' && !peekIs(1, '\n'))) {
                pos++;
            } else {
                return;
            }
        }
    }

    private void closeBrace(int length) {
        Frame top = modes.peek();
        if (top != null && top.mode == Mode.INTERPOLATION) {
            modes.pop();
            emitAdvance(HclTokenType.TEMPLATE_SEQUENCE_END, length);
            return;
        }
        if (top != null && top.mode == Mode.BRACE) {
            modes.pop();
        }
        emitAdvance(HclTokenType.RIGHT_BRACE, length);
    }

    private void lineComment(int start) {
        int end = src.indexOf('\n', start);
        end = end < 0 ? src.length() : end;
        if (end > start && src.charAt(end - 1) == '\r') {
            end--;
        }
        pos = end;
        emit(HclTokenType.COMMENT, start, end);
    }

    private void blockComment(int start) {
        int close = src.indexOf("*/", start + 2);
        if (close < 0) {
            pos = src.length();
            error(start, start + 2, Message.of("hcl.error.unterminatedComment"));
        } else {
            pos = close + 2;
        }
        emit(HclTokenType.COMMENT, start, pos);
    }

    private void number(int start) {
        pos = digits(pos);
        if (peekIs(0, '.') && pos + 1 < src.length() && CharClasses.isDigit(src.charAt(pos + 1))) {
            pos = digits(pos + 1);
        }
        if (peekIs(0, 'e') || peekIs(0, 'E')) {
            int exponent = pos + 1;
            if (exponent < src.length() && (src.charAt(exponent) == '+' || src.charAt(exponent) == '-')) {
                exponent++;
            }
            if (exponent < src.length() && CharClasses.isDigit(src.charAt(exponent))) {
                pos = digits(exponent);
            }
        }
        emit(HclTokenType.NUMBER, start, pos);
    }

    private int digits(int from) {
        int i = from;
        while (i < src.length() && CharClasses.isDigit(src.charAt(i))) {
            i++;
        }
        return i;
    }

    private void identifier(int start) {
        pos = identifierEnd(start);
        emit(HclTokenType.IDENT, start, pos);
    }

    private int identifierEnd(int start) {
        int i = start + Character.charCount(src.codePointAt(start));
        while (i < src.length()) {
            int cp = src.codePointAt(i);
            if (!CharClasses.isIdentifierPart(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    /** {@code <<EOT} or {@code <<-EOT} directly followed by a line break opens a heredoc. */
    private boolean tryHeredocOpener(int start) {
        if (!peekIs(1, '<')) {
            return false;
        }
        int markerStart = start + 2 + (peekIs(2, '-') ? 1 : 0);
        if (markerStart >= src.length() || !CharClasses.isIdentifierStart(src.codePointAt(markerStart))) {
            return false;
        }
        int markerEnd = identifierEnd(markerStart);
        int lineEnd = markerEnd;
        if (lineEnd < src.length() && src.charAt(lineEnd) == '\r') {
            lineEnd++;
        }
        if (lineEnd >= src.length() || src.charAt(lineEnd) != '\n') {
            return false;
        }
        String marker = src.substring(markerStart, markerEnd);
        int contentStart = lineEnd + 1;
        if (heredocLines == null) {
            heredocLines = new HeredocLines(src);
        }
        int limit = heredocLines.hasClosingLine(marker, contentStart)
                ? Integer.MAX_VALUE
                : heredocLines.nextBlockHeaderLine(contentStart, src.length());
        pos = contentStart;
        emit(HclTokenType.OPEN_HEREDOC, start, pos);
        modes.push(new Frame(Mode.HEREDOC, start, markerEnd, marker, limit));
        return true;
    }

    private void twoOrOne(char second, HclTokenType two, HclTokenType one) {
        if (peekIs(1, second)) {
            emitAdvance(two, 2);
        } else {
            emitAdvance(one, 1);
        }
    }

    private void pairOrInvalid(char second, HclTokenType pair, int start) {
        if (peekIs(1, second)) {
            emitAdvance(pair, 2);
        } else {
            invalidRun(start);
        }
    }

    /** Consumes characters that start no token, reporting them as one error. */
    private void invalidRun(int start) {
        int i = start;
        do {
            i += Character.charCount(src.codePointAt(i));
        } while (i < src.length() && !startsToken(i));
        pos = i;
        emit(HclTokenType.INVALID, start, i);
        error(start, i, Message.of("hcl.error.invalidCharacter", src.substring(start, i)));
    }

    private boolean startsToken(int i) {
        char c = src.charAt(i);
        return " \t\r\n#/\"<{}[](),?+-*%.:=!>&|".indexOf(c) >= 0
                || CharClasses.isDigit(c)
                || CharClasses.isIdentifierStart(src.codePointAt(i));
    }

    // ---- quoted templates -------------------------------------------------------------------

    private void scanQuoted(Frame frame) {
        int start = pos;
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '"' || c == '\n' || (c == '\r' && peekIs(1, '\n'))) {
                break;
            }
            if (c == '\\') {
                pos += (pos + 1 < src.length() && src.charAt(pos + 1) != '\n') ? 2 : 1;
            } else if (c == '$' || c == '%') {
                if (peekIs(1, c) && peekIs(2, '{')) {
                    pos += 3;
                } else if (peekIs(1, '{')) {
                    break;
                } else {
                    pos++;
                }
            } else {
                pos++;
            }
        }
        if (pos > start) {
            emit(HclTokenType.QUOTED_LITERAL, start, pos);
        }
        if (pos >= src.length() || src.charAt(pos) != '"' && src.charAt(pos) != '$' && src.charAt(pos) != '%') {
            if (reinterpretAsMissingBrace(frame)) {
                return;
            }
            error(frame.openStart, pos, Message.of("hcl.error.unterminatedString"));
            emit(HclTokenType.CLOSE_QUOTE, pos, pos);
            modes.pop();
        } else if (src.charAt(pos) == '"') {
            emitAdvance(HclTokenType.CLOSE_QUOTE, 1);
            modes.pop();
        } else {
            openTemplateSequence();
        }
    }

    /**
     * In {@code "a ${var.x" } the last quote opens a string inside the interpolation that never
     * ends, because the author forgot the '}'. Such a string is always an error (quoted strings
     * cannot span lines), so read the quote as closing the outer string instead: drop the tokens
     * since it, report the missing '}', and resume at the quote. Rewinds only move forward, so
     * each character is read at most twice.
     */
    private boolean reinterpretAsMissingBrace(Frame unterminated) {
        if (unterminated.openStart <= lastRewind || modes.size() < 3) {
            return false;
        }
        Iterator<Frame> below = modes.iterator();
        below.next();
        Frame interpolation = below.next();
        if (interpolation.mode != Mode.INTERPOLATION || below.next().mode != Mode.QUOTED) {
            return false;
        }
        lastRewind = unterminated.openStart;
        while (!tokens.isEmpty() && tokens.get(tokens.size() - 1).range().startOffset() >= unterminated.openStart) {
            tokens.remove(tokens.size() - 1);
        }
        modes.pop();
        modes.pop();
        pos = unterminated.openStart;
        error(interpolation.openStart, interpolation.openEnd, Message.of("hcl.error.unterminatedTemplate"));
        emit(HclTokenType.TEMPLATE_SEQUENCE_END, pos, pos);
        return true;
    }

    /** At <code>${</code> or <code>%{</code>: emits the opener (with an optional strip marker). */
    private void openTemplateSequence() {
        int start = pos;
        HclTokenType type = src.charAt(pos) == '$'
                ? HclTokenType.TEMPLATE_INTERPOLATION : HclTokenType.TEMPLATE_DIRECTIVE;
        emitAdvance(type, peekIs(2, '~') ? 3 : 2);
        modes.push(new Frame(Mode.INTERPOLATION, start, pos, null, 0));
    }

    // ---- heredocs -----------------------------------------------------------------------------

    private void scanHeredoc(Frame frame) {
        if (frame.atLineStart) {
            if (pos >= src.length() || pos >= frame.heredocLimit) {
                error(frame.openStart, frame.openEnd, Message.of("hcl.error.unterminatedHeredoc", frame.marker));
                emit(HclTokenType.CLOSE_HEREDOC, pos, pos);
                modes.pop();
                return;
            }
            int markerEnd = closingMarkerEnd(frame.marker);
            if (markerEnd >= 0) {
                emit(HclTokenType.CLOSE_HEREDOC, pos, markerEnd);
                pos = markerEnd;
                modes.pop();
                return;
            }
        }
        int start = pos;
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '\n') {
                pos++;
                break;
            }
            if ((c == '$' || c == '%') && peekIs(1, '{')) {
                break;
            }
            if ((c == '$' || c == '%') && peekIs(1, c) && peekIs(2, '{')) {
                pos += 3;
            } else {
                pos++;
            }
        }
        if (pos > start) {
            emit(HclTokenType.HEREDOC_LITERAL, start, pos);
        }
        frame.atLineStart = pos > start && src.charAt(pos - 1) == '\n';
        if (pos < src.length() && !frame.atLineStart) {
            openTemplateSequence();
        } else if (pos >= src.length()) {
            frame.atLineStart = true;
        }
    }

    /** If the line at {@code pos} is the closing marker (optionally indented), the offset after it. */
    private int closingMarkerEnd(String marker) {
        int i = pos;
        while (i < src.length() && (src.charAt(i) == ' ' || src.charAt(i) == '\t')) {
            i++;
        }
        if (!src.startsWith(marker, i)) {
            return -1;
        }
        int end = i + marker.length();
        int after = end < src.length() && src.charAt(end) == '\r' ? end + 1 : end;
        return after >= src.length() || src.charAt(after) == '\n' ? end : -1;
    }

    // ---- helpers ------------------------------------------------------------------------------

    private boolean peekIs(int ahead, char c) {
        int i = pos + ahead;
        return i < src.length() && src.charAt(i) == c;
    }

    private void emitAdvance(HclTokenType type, int length) {
        int start = pos;
        pos += length;
        emit(type, start, pos);
    }

    private void emit(HclTokenType type, int start, int end) {
        tokens.add(new HclToken(type, src.substring(start, end), lines.range(start, end)));
    }

    private void error(int start, int end, Message message) {
        errors.add(new HclError(lines.range(start, end), message));
    }
}
