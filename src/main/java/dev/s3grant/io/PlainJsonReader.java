package dev.s3grant.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON text that is plainly well-formed into {@link LocatedJson}, with the positions Jackson's parser
 * gives, and gives up on anything else: a syntax error, a repeated field name, an escape or a character that
 * strict JSON does not allow, nesting, names or numbers beyond generous limits. Then {@link LocatedJsonParser}
 * reads the text with Jackson, which decides what it holds and says what is wrong with it.
 *
 * <p>Why not Jackson's parser alone: starting any Jackson parser initialises {@code java.math.BigDecimal},
 * whose static initialiser computes 5<sup>65536</sup> on Java 25: about 15 ms of every start of the
 * command line, for a class that reading a design never uses (decision 0057).
 */
final class PlainJsonReader {

    /** Well below Jackson's own limits (nesting 1,000, numbers 1,000 characters, names 50,000). */
    static final int MAX_DEPTH = 200;
    static final int MAX_NUMBER_LENGTH = 100;
    static final int MAX_NAME_LENGTH = 1_000;

    /** Thrown to give up; it carries nothing and costs no stack trace. */
    private static final class GiveUp extends RuntimeException {
        private static final long serialVersionUID = 1L;

        GiveUp() {
            super(null, null, false, false);
        }
    }

    private static final GiveUp GIVE_UP = new GiveUp();

    private final String text;
    private int pos;
    private int line = 1;
    private int lineStart;
    private int depth;

    private PlainJsonReader(String text) {
        this.text = text;
    }

    /** The value the text holds, or null when it is not plainly well-formed JSON (then Jackson decides). */
    static LocatedJson read(String text) {
        PlainJsonReader reader = new PlainJsonReader(text);
        try {
            reader.skipWhitespace();
            LocatedJson value = reader.value();
            reader.skipWhitespace();
            return reader.pos == text.length() ? value : null;
        } catch (GiveUp e) {
            return null;
        }
    }

    private LocatedJson value() {
        int at = pos;
        int column = at - lineStart + 1;
        switch (next()) {
            case '{':
                return object(column);
            case '[':
                return array(column);
            case '"':
                return new LocatedJson.JString(string(), line, column);
            case 't':
                literal("rue");
                return new LocatedJson.JBoolean(true, line, column);
            case 'f':
                literal("alse");
                return new LocatedJson.JBoolean(false, line, column);
            case 'n':
                literal("ull");
                return new LocatedJson.JNull(line, column);
            default:
                pos = at;
                return number(column);
        }
    }

    /** The object whose {@code {}} was just read, at {@code column} of this line. */
    private LocatedJson object(int column) {
        int objectLine = line;
        enter();
        Map<String, LocatedJson.Field> fields = new LinkedHashMap<>();
        skipWhitespace();
        if (peek() == '}') {
            pos++;
        } else {
            do {
                skipWhitespace();
                int nameLine = line;
                int nameColumn = pos - lineStart + 1;
                if (next() != '"') {
                    throw GIVE_UP;
                }
                String name = string();
                if (name.length() > MAX_NAME_LENGTH || fields.containsKey(name)) {
                    throw GIVE_UP;
                }
                skipWhitespace();
                if (next() != ':') {
                    throw GIVE_UP;
                }
                skipWhitespace();
                fields.put(name, new LocatedJson.Field(name, nameLine, nameColumn, value()));
                skipWhitespace();
            } while (separator('}'));
        }
        depth--;
        return new LocatedJson.JObject(fields, objectLine, column);
    }

    /** The array whose {@code [} was just read, at {@code column} of this line. */
    private LocatedJson array(int column) {
        int arrayLine = line;
        enter();
        List<LocatedJson> items = new ArrayList<>();
        skipWhitespace();
        if (peek() == ']') {
            pos++;
        } else {
            do {
                skipWhitespace();
                items.add(value());
                skipWhitespace();
            } while (separator(']'));
        }
        depth--;
        return new LocatedJson.JArray(items, arrayLine, column);
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw GIVE_UP;
        }
    }

    /** True after a comma, false after {@code close}; gives up on anything else. */
    private boolean separator(char close) {
        char c = next();
        if (c == ',') {
            return true;
        }
        if (c == close) {
            return false;
        }
        throw GIVE_UP;
    }

    /** The string whose opening quote was just read, its escapes decoded. */
    private String string() {
        StringBuilder decoded = null;
        int start = pos;
        while (true) {
            char c = next();
            if (c == '"') {
                return decoded == null ? text.substring(start, pos - 1) : decoded.append(text, start, pos - 1).toString();
            }
            if (c == '\\') {
                if (decoded == null) {
                    decoded = new StringBuilder();
                }
                decoded.append(text, start, pos - 1).append(escaped());
                start = pos;
            } else if (c < 0x20) {
                throw GIVE_UP;
            }
        }
    }

    /** The character an escape stands for, its backslash just read. */
    private char escaped() {
        char c = next();
        switch (c) {
            case '"', '\\', '/':
                return c;
            case 'b':
                return '\b';
            case 'f':
                return '\f';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            case 'u':
                int code = 0;
                for (int i = 0; i < 4; i++) {
                    code = code * 16 + hexDigit(next());
                }
                return (char) code;
            default:
                throw GIVE_UP;
        }
    }

    private static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        throw GIVE_UP;
    }

    /** {@code -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?}, kept as written. */
    private LocatedJson number(int column) {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        char first = next();
        if (first >= '1' && first <= '9') {
            digits();
        } else if (first != '0') {
            throw GIVE_UP;
        }
        boolean integral = true;
        if (peek() == '.') {
            pos++;
            integral = false;
            oneOrMoreDigits();
        }
        if (peek() == 'e' || peek() == 'E') {
            pos++;
            integral = false;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            oneOrMoreDigits();
        }
        if (pos - start > MAX_NUMBER_LENGTH) {
            throw GIVE_UP;
        }
        return new LocatedJson.JNumber(text.substring(start, pos), integral, line, column);
    }

    private void oneOrMoreDigits() {
        char c = next();
        if (c < '0' || c > '9') {
            throw GIVE_UP;
        }
        digits();
    }

    private void digits() {
        while (peek() >= '0' && peek() <= '9') {
            pos++;
        }
    }

    private void literal(String rest) {
        if (!text.startsWith(rest, pos)) {
            throw GIVE_UP;
        }
        pos += rest.length();
    }

    /** Spaces, tabs and line ends ({@code \n}, {@code \r} or {@code \r\n}, each one line, as Jackson counts them). */
    private void skipWhitespace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ' ' || c == '\t') {
                pos++;
            } else if (c == '\n' || c == '\r') {
                pos++;
                if (c == '\r' && pos < text.length() && text.charAt(pos) == '\n') {
                    pos++;
                }
                line++;
                lineStart = pos;
            } else {
                return;
            }
        }
    }

    /** The next character, or give up at the end of the text. */
    private char next() {
        if (pos >= text.length()) {
            throw GIVE_UP;
        }
        return text.charAt(pos++);
    }

    /** The next character without taking it; a NUL at the end of the text (which no caller accepts). */
    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }
}
