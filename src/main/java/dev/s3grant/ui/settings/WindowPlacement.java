package dev.s3grant.ui.settings;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;

/**
 * Where the window opens. The bounds saved last time are used only when they still fit: at least
 * the minimum size (or the whole screen, on a smaller one), no larger than a screen, and on one of
 * the screens there are now (a monitor unplugged since is not searched for). Otherwise the window
 * opens centred on the primary screen at {@link #SHARE} of its visual bounds, at least the minimum.
 *
 * @param bounds   the bounds to open at
 * @param restored whether they are the saved ones (then the saved dividers may be restored too)
 */
public record WindowPlacement(WindowBounds bounds, boolean restored) {

    /** The share of the screen's visual bounds a new window takes in each direction. */
    public static final double SHARE = 0.8;
    public static final double MIN_WIDTH = 960;
    public static final double MIN_HEIGHT = 600;
    /** How far a saved window may stand over a screen's edge (window decorations, a maximized frame's border). */
    static final double SLACK = 16;

    /**
     * @param screens the visual bounds of the screens there are, the primary one first
     */
    public static WindowPlacement choose(Optional<WindowBounds> saved, List<Rectangle2D> screens) {
        if (screens.isEmpty()) {
            return new WindowPlacement(saved.orElse(WindowBounds.DEFAULT), saved.isPresent());
        }
        if (saved.isPresent() && fits(saved.get(), screens)) {
            return new WindowPlacement(saved.get(), true);
        }
        return new WindowPlacement(centred(screens.get(0)), false);
    }

    /** A new window: {@link #SHARE} of {@code screen}, at least the minimum (at most the screen), centred. */
    static WindowBounds centred(Rectangle2D screen) {
        double width = Math.min(screen.getWidth(), Math.max(MIN_WIDTH, Math.floor(screen.getWidth() * SHARE)));
        double height = Math.min(screen.getHeight(), Math.max(MIN_HEIGHT, Math.floor(screen.getHeight() * SHARE)));
        return new WindowBounds(Math.floor(screen.getMinX() + (screen.getWidth() - width) / 2),
                Math.floor(screen.getMinY() + (screen.getHeight() - height) / 2), width, height, false);
    }

    static boolean fits(WindowBounds saved, List<Rectangle2D> screens) {
        if (!saved.hasPosition()) {
            return false;
        }
        for (Rectangle2D screen : screens) {
            boolean bigEnough = saved.width() >= Math.min(MIN_WIDTH, screen.getWidth())
                    && saved.height() >= Math.min(MIN_HEIGHT, screen.getHeight());
            boolean inside = saved.x() >= screen.getMinX() - SLACK && saved.y() >= screen.getMinY() - SLACK
                    && saved.x() + saved.width() <= screen.getMaxX() + SLACK
                    && saved.y() + saved.height() <= screen.getMaxY() + SLACK;
            if (bigEnough && inside) {
                return true;
            }
        }
        return false;
    }
}
