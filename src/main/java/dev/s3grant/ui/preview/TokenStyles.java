package dev.s3grant.ui.preview;

import dev.s3grant.app.HighlightRun;
import dev.s3grant.app.HighlightRun.Token;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * The façade's highlight runs as a code area's style spans: each kind of token gets its style class
 * ({@code json-key}, {@code hcl-block}; the colours are in designer.css), text between runs none.
 */
public final class TokenStyles {

    private static final Map<Token, Collection<String>> JSON = classes("json-");
    private static final Map<Token, Collection<String>> HCL = classes("hcl-");

    private TokenStyles() {
    }

    public static StyleSpans<Collection<String>> spans(List<HighlightRun> runs, int length, boolean json) {
        Map<Token, Collection<String>> classes = json ? JSON : HCL;
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>(runs.size() * 2 + 1);
        int last = 0;
        for (HighlightRun run : runs) {
            spans.add(Collections.emptyList(), run.start() - last);
            spans.add(classes.get(run.token()), run.end() - run.start());
            last = run.end();
        }
        spans.add(Collections.emptyList(), length - last);
        return spans.create();
    }

    /** The style of a kind of token: its one style class. */
    static Collection<String> style(Token token, boolean json) {
        return (json ? JSON : HCL).get(token);
    }

    private static Map<Token, Collection<String>> classes(String prefix) {
        Map<Token, Collection<String>> classes = new EnumMap<>(Token.class);
        for (Token token : Token.values()) {
            classes.put(token, Collections.singleton(prefix + name(token)));
        }
        return classes;
    }

    private static String name(Token token) {
        return switch (token) {
            case KEY -> "key";
            case STRING -> "string";
            case NUMBER -> "number";
            case LITERAL -> "literal";
            case BRACKET -> "bracket";
            case PUNCTUATION -> "punctuation";
            case COMMENT -> "comment";
            case BLOCK_TYPE -> "block";
            case ATTRIBUTE -> "attribute";
            case REFERENCE -> "reference";
            case FUNCTION -> "function";
        };
    }
}
