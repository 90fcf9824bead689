package dev.s3grant.ui.preview;

import dev.s3grant.app.HighlightRun;
import dev.s3grant.app.SyntaxHighlighter;
import dev.s3grant.document.GeneratedFile;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpans;

/**
 * The highlighting of one text, computed once, when first asked for, on the thread that asks: the
 * background worker for the files the user looks at, the FX thread for a file shown for the first
 * time. Documents of the same text share it, so a file whose text did not change is never
 * highlighted again (docs/decisions/0048-visible-document-first.md).
 */
final class Highlighting {

    /**
     * The file's styles: the highlighter's runs and the lines made from them; the spans over the whole text only
     * when asked for (the code view takes the lines).
     */
    static final class Styled {

        private final List<HighlightRun> runs;
        private final StyledLines lines;
        private final int length;
        private final boolean json;
        private volatile StyleSpans<Collection<String>> styles;

        Styled(List<HighlightRun> runs, String text, boolean json) {
            this.runs = runs;
            this.length = text.length();
            this.json = json;
            this.lines = StyledLines.of(text, runs, json);
        }

        StyledLines lines() {
            return lines;
        }

        StyleSpans<Collection<String>> styles() {
            StyleSpans<Collection<String>> spans = styles;
            if (spans == null) {
                spans = TokenStyles.spans(runs, length, json);
                styles = spans;
            }
            return spans;
        }
    }

    private final String text;
    private final boolean json;
    private volatile GeneratedFile file;
    private volatile Styled styled;

    Highlighting(GeneratedFile file) {
        this.file = file;
        this.text = file.text();
        this.json = file.kind().isJson();
    }

    String text() {
        return text;
    }

    /** The styles, computed now if nobody asked before. */
    Styled get() {
        Styled done = styled;
        if (done == null) {
            synchronized (this) {
                done = styled;
                if (done == null) {
                    done = new Styled(SyntaxHighlighter.runs(file), text, json);
                    styled = done;
                    file = null;
                }
            }
        }
        return done;
    }

    /** True once someone asked for the styles: the file is being looked at. */
    boolean computed() {
        return styled != null;
    }
}
