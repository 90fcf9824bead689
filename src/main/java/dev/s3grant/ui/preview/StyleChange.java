package dev.s3grant.ui.preview;

import java.util.Collection;
import org.fxmisc.richtext.model.StyleSpans;

/**
 * The part of a text whose styles must be set again after a {@link TextChange}: where the new
 * styles differ from the old ones, and always the replacement itself, whose style the code area
 * only guessed. Setting only that part keeps the code area from redrawing every line.
 *
 * <p>Before {@code from} the new styles are the old ones at the same offsets; from {@code to} on
 * they are the old ones counted from the end, which is where the area keeps them after the
 * replacement.
 */
public record StyleChange(int from, int to) {

    public static StyleChange between(StyleSpans<Collection<String>> old, StyleSpans<Collection<String>> now,
                                      TextChange change) {
        int oldCount = old.getSpanCount();
        int newCount = now.getSpanCount();
        int front = 0;
        int from = 0;
        while (front < Math.min(oldCount, newCount) && old.getStyleSpan(front).equals(now.getStyleSpan(front))) {
            from += now.getStyleSpan(front).getLength();
            front++;
        }
        int back = 0;
        int fromEnd = 0;
        while (back < Math.min(oldCount, newCount)
                && old.getStyleSpan(oldCount - 1 - back).equals(now.getStyleSpan(newCount - 1 - back))) {
            fromEnd += now.getStyleSpan(newCount - 1 - back).getLength();
            back++;
        }
        int start = Math.min(from, change.start());
        int end = Math.max(now.length() - fromEnd, change.start() + change.replacement().length());
        return new StyleChange(start, Math.min(end, now.length()));
    }

    public boolean isEmpty() {
        return from >= to;
    }
}
