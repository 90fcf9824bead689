package dev.s3grant.ui.settings;

import java.util.Optional;

/** Where the window was and how large, as {@code x,y,width,height,maximized}. */
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {

    public static final WindowBounds DEFAULT = new WindowBounds(Double.NaN, Double.NaN, 1440, 900, false);

    public String encode() {
        return (long) x + "," + (long) y + "," + (long) width + "," + (long) height + "," + maximized;
    }

    public static Optional<WindowBounds> decode(String text) {
        String[] parts = text.split(",");
        if (parts.length != 5) {
            return Optional.empty();
        }
        try {
            WindowBounds b = new WindowBounds(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
                    Double.parseDouble(parts[2]), Double.parseDouble(parts[3]), Boolean.parseBoolean(parts[4]));
            return b.width() >= 200 && b.height() >= 150 ? Optional.of(b) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public boolean hasPosition() {
        return !Double.isNaN(x) && !Double.isNaN(y);
    }
}
