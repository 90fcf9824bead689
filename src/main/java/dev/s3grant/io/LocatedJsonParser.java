package dev.s3grant.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads JSON text into {@link LocatedJson}, keeping the position of every value and field name. */
final class LocatedJsonParser {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    /** A JSON syntax error at a position. */
    static final class SyntaxError extends Exception {
        private static final long serialVersionUID = 1L;
        final int line;
        final int column;
        final String detail;

        SyntaxError(int line, int column, String detail) {
            super(detail);
            this.line = line;
            this.column = column;
            this.detail = detail;
        }
    }

    private LocatedJsonParser() {
    }

    static LocatedJson parse(String text) throws SyntaxError {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new SyntaxError(1, 1, "no JSON value");
            }
            LocatedJson value = value(parser);
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                JsonLocation at = parser.currentTokenLocation();
                throw new SyntaxError(at.getLineNr(), at.getColumnNr(), "unexpected content after the end of the design");
            }
            return value;
        } catch (JsonParseException e) {
            JsonLocation at = e.getLocation();
            throw new SyntaxError(at == null ? 1 : Math.max(1, at.getLineNr()), at == null ? 1 : Math.max(1, at.getColumnNr()),
                    e.getOriginalMessage());
        } catch (IOException e) {
            throw new SyntaxError(1, 1, String.valueOf(e.getMessage()));
        }
    }

    private static LocatedJson value(JsonParser p) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        JsonToken token = p.currentToken();
        switch (token) {
            case START_OBJECT: {
                Map<String, LocatedJson.Field> fields = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    JsonLocation nameAt = p.currentTokenLocation();
                    String name = p.currentName();
                    p.nextToken();
                    fields.put(name, new LocatedJson.Field(name, nameAt.getLineNr(), nameAt.getColumnNr(), value(p)));
                }
                return new LocatedJson.JObject(fields, line, column);
            }
            case START_ARRAY: {
                List<LocatedJson> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(value(p));
                }
                return new LocatedJson.JArray(items, line, column);
            }
            case VALUE_STRING:
                return new LocatedJson.JString(p.getText(), line, column);
            case VALUE_NUMBER_INT:
                return new LocatedJson.JNumber(p.getText(), true, line, column);
            case VALUE_NUMBER_FLOAT:
                return new LocatedJson.JNumber(p.getText(), false, line, column);
            case VALUE_TRUE:
                return new LocatedJson.JBoolean(true, line, column);
            case VALUE_FALSE:
                return new LocatedJson.JBoolean(false, line, column);
            case VALUE_NULL:
                return new LocatedJson.JNull(line, column);
            default:
                throw new JsonParseException(p, "unexpected token " + token);
        }
    }
}
