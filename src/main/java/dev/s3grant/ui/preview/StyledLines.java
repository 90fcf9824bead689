package dev.s3grant.ui.preview;

import dev.s3grant.app.HighlightRun;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;

/**
 * A styled text as lines, each with its text and its style runs (adjacent runs of one style
 * merged, line breaks left out), so that two versions can be compared line by line: the code view
 * sets a line again only when it differs from the one it shows.
 */
public final class StyledLines {

    /**
     * One line: its text and its style runs. Its {@code equals} and {@code hashCode} are written out: a record's
     * are linked by a bootstrap method the first time they run, in the frame that first shows the preview
     * (decision 0059).
     */
    public record Line(String text, List<StyleSpan<Collection<String>>> runs) {

        @Override
        public boolean equals(Object o) {
            return o instanceof Line other && text.equals(other.text) && runs.equals(other.runs);
        }

        @Override
        public int hashCode() {
            return 31 * text.hashCode() + runs.hashCode();
        }
    }

    private final List<Line> lines;

    private StyledLines(List<Line> lines) {
        this.lines = List.copyOf(lines);
    }

    public static StyledLines of(String text, StyleSpans<Collection<String>> styles) {
        Builder lines = new Builder(text);
        for (StyleSpan<Collection<String>> span : styles) {
            lines.style(span.getStyle(), span.getLength());
        }
        return lines.done();
    }

    /**
     * The same lines straight from the highlighter's runs, each kind of token with its style class ({@link TokenStyles}),
     * without making the spans first: the worker does it for every keystroke (decision 0060).
     */
    public static StyledLines of(String text, List<HighlightRun> runs, boolean json) {
        Builder lines = new Builder(text);
        TokenStyles.walk(runs, text.length(), json, lines::style);
        return lines.done();
    }

    /** Cuts the text's styles, given in order from its start, into lines. */
    private static final class Builder {

        private final String text;
        private final List<Line> lines = new ArrayList<>();
        private List<StyleSpan<Collection<String>>> runs = new ArrayList<>();
        private int lineStart;
        private int at;
        private int newline;

        Builder(String text) {
            this.text = text;
            this.newline = text.indexOf('\n');
        }

        /** The next {@code length} characters have {@code style}. */
        void style(Collection<String> style, int length) {
            int end = at + length;
            while (at < end) {
                boolean lineEnds = newline >= 0 && newline < end;
                int pieceEnd = lineEnds ? newline : end;
                add(runs, style, pieceEnd - at);
                if (lineEnds) {
                    lines.add(new Line(text.substring(lineStart, newline), runs));
                    runs = new ArrayList<>();
                    lineStart = newline + 1;
                    at = newline + 1;
                    newline = text.indexOf('\n', at);
                } else {
                    at = pieceEnd;
                }
            }
        }

        StyledLines done() {
            lines.add(new Line(text.substring(lineStart), runs));
            return new StyledLines(lines);
        }
    }

    private static void add(List<StyleSpan<Collection<String>>> runs, Collection<String> style, int length) {
        if (length == 0) {
            return;
        }
        int last = runs.size() - 1;
        if (last >= 0 && runs.get(last).getStyle().equals(style)) {
            runs.set(last, new StyleSpan<>(style, runs.get(last).getLength() + length));
        } else {
            runs.add(new StyleSpan<>(style, length));
        }
    }

    public List<Line> lines() {
        return lines;
    }
}
