package dev.s3grant.diff;

import java.util.List;

/**
 * One side of a side-by-side row: the 1-based line number and the line cut into segments, or
 * {@link #ABSENT} (number 0) when the row has no line on this side.
 */
public record LineSide(int number, List<Segment> segments) {

    public static final LineSide ABSENT = new LineSide(0, List.of());

    public LineSide {
        if (number < 0) {
            throw new IllegalArgumentException("line numbers start at 1; 0 means absent");
        }
        segments = List.copyOf(segments);
    }

    public static LineSide plain(int number, String text) {
        return new LineSide(number, text.isEmpty() ? List.of() : List.of(new Segment(text, false)));
    }

    public boolean present() {
        return number > 0;
    }

    /** The whole line. */
    public String text() {
        StringBuilder text = new StringBuilder();
        segments.forEach(s -> text.append(s.text()));
        return text.toString();
    }
}
