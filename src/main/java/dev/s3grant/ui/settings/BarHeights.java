package dev.s3grant.ui.settings;

import java.util.Locale;
import java.util.Optional;

/**
 * The heights of the window's bars at one font size: the menu bar and the toolbar together above
 * the panes, the status bar below them. The window remembers them as it last laid them out, so
 * that its first frame (decision 0058) draws their places where they will be.
 */
public record BarHeights(int fontSize, double top, double bottom) {

    /** {@code fontSize,top,bottom}, as {@link #text()} writes it; anything else is unknown. */
    static Optional<BarHeights> parse(String text) {
        String[] parts = text.split(",");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            BarHeights heights = new BarHeights(Integer.parseInt(parts[0].trim()), Double.parseDouble(parts[1]),
                    Double.parseDouble(parts[2]));
            return heights.top() > 0 && heights.top() < 400 && heights.bottom() > 0 && heights.bottom() < 200
                    ? Optional.of(heights) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    String text() {
        return String.format(Locale.ROOT, "%d,%.1f,%.1f", fontSize, top, bottom);
    }
}
