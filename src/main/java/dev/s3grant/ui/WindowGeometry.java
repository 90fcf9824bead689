package dev.s3grant.ui;

import dev.s3grant.ui.settings.UiSettings;
import dev.s3grant.ui.settings.WindowBounds;
import dev.s3grant.ui.settings.WindowPlacement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The window's size, position and dividers: chosen when it opens (see {@link WindowPlacement}),
 * remembered when it closes.
 */
final class WindowGeometry {

    private WindowGeometry() {
    }

    /** The visual bounds of the screens there are now, the primary one first. */
    static List<Rectangle2D> screens() {
        List<Rectangle2D> screens = new ArrayList<>();
        screens.add(Screen.getPrimary().getVisualBounds());
        for (Screen screen : Screen.getScreens()) {
            if (!screen.equals(Screen.getPrimary())) {
                screens.add(screen.getVisualBounds());
            }
        }
        return screens;
    }

    /**
     * Gives {@code stage} the window's scene at the size chosen for {@code screens}, and puts it
     * where it was (or centred); restores the dividers only with the saved bounds.
     */
    static WindowPlacement open(Stage stage, DesignerWindow window, UiSettings settings, List<Rectangle2D> screens) {
        WindowPlacement place = open(stage, settings, screens, p -> window.createScene(p.bounds().width(), p.bounds().height()));
        window.setDividerPositions(dividers(place, settings));
        return place;
    }

    /**
     * Gives {@code stage} the scene {@code scene} makes for the place chosen for {@code screens} (at
     * that place's size), and puts it where it was (or centred).
     */
    static WindowPlacement open(Stage stage, UiSettings settings, List<Rectangle2D> screens, Function<WindowPlacement, Scene> scene) {
        WindowPlacement place = WindowPlacement.choose(settings.savedWindowBounds(), screens);
        WindowBounds bounds = place.bounds();
        stage.setScene(scene.apply(place));
        // The saved bounds are the window's, frame included: the window gets them, not the scene.
        stage.setWidth(bounds.width());
        stage.setHeight(bounds.height());
        stage.setMinWidth(Math.min(640, bounds.width()));
        stage.setMinHeight(Math.min(420, bounds.height()));
        if (bounds.hasPosition()) {
            stage.setX(bounds.x());
            stage.setY(bounds.y());
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(bounds.maximized());
        return place;
    }

    /** The dividers the window opens with: the saved ones with the saved bounds, else the defaults. */
    static double[] dividers(WindowPlacement place, UiSettings settings) {
        return (place.restored() ? settings.dividers(DesignerWindow.DEFAULT_DIVIDERS.length) : Optional.<double[]>empty())
                .orElse(DesignerWindow.DEFAULT_DIVIDERS);
    }

    /** Saves where the window is and how large, and where its dividers are, for the next start. */
    static void remember(Stage stage, DesignerWindow window, UiSettings settings) {
        settings.setWindowBounds(new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                stage.isMaximized()));
        settings.setDividers(window.restingDividerPositions());
        window.barHeights().ifPresent(settings::setBarHeights);
    }
}
