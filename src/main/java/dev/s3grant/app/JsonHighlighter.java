package dev.s3grant.app;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.s3grant.app.HighlightRun.Token;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON's tokens as Jackson's streaming parser reads them: keys, strings, numbers, literals and
 * brackets, and the {@code :} and {@code ,} between them. Text after a syntax error is left plain.
 */
final class JsonHighlighter {

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonHighlighter() {
    }

    static List<HighlightRun> runs(String text) {
        List<HighlightRun> runs = new ArrayList<>();
        int last = 0;
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                int start = (int) parser.currentTokenLocation().getCharOffset();
                punctuation(text, last, start, runs);
                last = token(parser, token, text, start, runs);
            }
        } catch (IOException e) {
            return runs;
        }
        punctuation(text, last, text.length(), runs);
        return runs;
    }

    /** Adds the run of the token at {@code start}; returns where it ends. */
    private static int token(JsonParser parser, JsonToken token, String text, int start, List<HighlightRun> runs)
            throws IOException {
        int end = switch (token) {
            case FIELD_NAME, VALUE_STRING -> stringEnd(text, start);
            case START_OBJECT, END_OBJECT, START_ARRAY, END_ARRAY -> start + 1;
            default -> start + parser.getText().length();
        };
        Token kind = switch (token) {
            case FIELD_NAME -> Token.KEY;
            case VALUE_STRING -> Token.STRING;
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> Token.NUMBER;
            case VALUE_TRUE, VALUE_FALSE, VALUE_NULL -> Token.LITERAL;
            case START_OBJECT, END_OBJECT, START_ARRAY, END_ARRAY -> Token.BRACKET;
            default -> null;
        };
        if (kind != null) {
            runs.add(new HighlightRun(kind, start, end));
        }
        return end;
    }

    /** The {@code :} and {@code ,} between two tokens (the rest between them is whitespace). */
    private static void punctuation(String text, int from, int to, List<HighlightRun> runs) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == ':' || c == ',') {
                runs.add(new HighlightRun(Token.PUNCTUATION, i, i + 1));
            }
        }
    }

    /** The index after the closing quote of the string whose opening quote is at {@code open}. */
    private static int stringEnd(String text, int open) {
        int i = open + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '"') {
                return i + 1;
            } else {
                i++;
            }
        }
        return text.length();
    }
}
