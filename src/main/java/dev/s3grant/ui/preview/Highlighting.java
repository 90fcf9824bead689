package dev.s3grant.ui.preview;

import dev.s3grant.app.SyntaxHighlighter;
import dev.s3grant.document.GeneratedFile;
import java.util.Collection;
import org.fxmisc.richtext.model.StyleSpans;

/**
 * The highlighting of one text, computed once, when first asked for, on the thread that asks: the
 * background worker for the files the user looks at, the FX thread for a file shown for the first
 * time. Documents of the same text share it, so a file whose text did not change is never
 * highlighted again (docs/decisions/0048-visible-document-first.md).
 */
final class Highlighting {

    /** The file's styles as spans and as lines. */
    record Styled(StyleSpans<Collection<String>> styles, StyledLines lines) {
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
                    StyleSpans<Collection<String>> spans = TokenStyles.spans(SyntaxHighlighter.runs(file), text.length(), json);
                    done = new Styled(spans, StyledLines.of(text, spans));
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
