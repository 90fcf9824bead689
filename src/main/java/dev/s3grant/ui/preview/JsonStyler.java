package dev.s3grant.ui.preview;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** Highlights JSON: keys, strings, numbers, literals, brackets and punctuation. */
final class JsonStyler extends RegexStyler {

    private static final String STRING = "\"(?:[^\"\\\\\\n]|\\\\.)*\"";

    private static final Pattern PATTERN = Pattern.compile(
            "(?<KEY>" + STRING + "(?=\\s*:))"
                    + "|(?<STRING>" + STRING + ")"
                    + "|(?<NUMBER>-?\\b\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?\\b)"
                    + "|(?<LITERAL>\\b(?:true|false|null)\\b)"
                    + "|(?<BRACKET>[{}\\[\\]])"
                    + "|(?<PUNCTUATION>[:,])");

    static final JsonStyler INSTANCE = new JsonStyler();

    private JsonStyler() {
        super(PATTERN, classes());
    }

    private static Map<String, String> classes() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("KEY", "json-key");
        c.put("STRING", "json-string");
        c.put("NUMBER", "json-number");
        c.put("LITERAL", "json-literal");
        c.put("BRACKET", "json-bracket");
        c.put("PUNCTUATION", "json-punctuation");
        return c;
    }
}
