package dev.s3grant.ui.settings;

import java.util.Locale;
import java.util.Optional;

/**
 * The heights of the window's bars at one font size: the menu bar and the toolbar together above
 * the panes, the status bar below them, and how far below the preview's top its code lines start
 * (below its tab strip and the file's header). The window remembers them as it last laid them out,
 * so that its first frames (decisions 0058, 0061) draw their places, and the preview's code, where
 * they will be.
 */
public record BarHeights(int fontSize, double top, double bottom, double code) {

    /** {@code fontSize,top,bottom,code}, as {@link #text()} writes it; anything else is unknown. */
    static Optional<BarHeights> parse(String text) {
        String[] parts = text.split(",");
        if (parts.length != 4) {
            return Optional.empty();
        }
        try {
            BarHeights heights = new BarHeights(Integer.parseInt(parts[0].trim()), Double.parseDouble(parts[1]),
                    Double.parseDouble(parts[2]), Double.parseDouble(parts[3]));
            return heights.top() > 0 && heights.top() < 400 && heights.bottom() > 0 && heights.bottom() < 200
                    && heights.code() > 0 && heights.code() < 300
                    ? Optional.of(heights) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    String text() {
        return String.format(Locale.ROOT, "%d,%.1f,%.1f,%.1f", fontSize, top, bottom, code);
    }
}
