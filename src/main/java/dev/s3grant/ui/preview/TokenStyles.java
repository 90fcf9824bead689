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
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>(runs.size() * 2 + 1);
        walk(runs, length, json, spans::add);
        return spans.create();
    }

    /** Something that takes a text's styles in order from its start: each style with the number of characters it covers. */
    interface Styles {
        void style(Collection<String> style, int length);
    }

    /**
     * Hands {@code to} the styles of a text of {@code length} characters with the highlighter's {@code runs}: each run
     * its token's style class, the text between runs none (the spans above, and the code view's lines, decision 0060).
     */
    static void walk(List<HighlightRun> runs, int length, boolean json, Styles to) {
        Map<Token, Collection<String>> classes = json ? JSON : HCL;
        int last = 0;
        for (HighlightRun run : runs) {
            to.style(Collections.emptyList(), run.start() - last);
            to.style(classes.get(run.token()), run.end() - run.start());
            last = run.end();
        }
        to.style(Collections.emptyList(), length - last);
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
