package dev.s3grant.ui.theme;

import java.util.List;
import javafx.application.Application;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * Puts the chosen appearance on every window of the application, now and whenever it changes:
 * AtlantaFX's theme as the user-agent stylesheet (so dialogs and menus follow), and in every open
 * window the palette in place of the other one. Windows opened later copy their owner's
 * stylesheets, and are followed too.
 */
public final class WindowThemes {

    private WindowThemes() {
    }

    /**
     * Applies {@code appearance} now and on every change, to the application and to every window,
     * until the returned action is run.
     */
    public static Runnable follow(ObservableValue<Appearance> appearance) {
        apply(appearance.getValue());
        ChangeListener<Appearance> changed = (o, old, now) -> apply(now);
        ListChangeListener<Window> opened = change -> {
            while (change.next()) {
                for (Window w : change.getAddedSubList()) {
                    applyTo(w.getScene(), appearance.getValue());
                }
            }
        };
        appearance.addListener(changed);
        Window.getWindows().addListener(opened);
        return () -> {
            appearance.removeListener(changed);
            Window.getWindows().removeListener(opened);
        };
    }

    /**
     * Sets the controls' theme, unless it is set already (setting it again styles every window
     * again), and swaps the palette in every open window.
     */
    public static void apply(Appearance appearance) {
        String controls = appearance.controlsStylesheet();
        if (!controls.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(controls);
        }
        for (Window w : List.copyOf(Window.getWindows())) {
            applyTo(w.getScene(), appearance);
        }
    }

    /**
     * Swaps the palette of {@code scene} (in its stylesheets and in its root's, where a dialog keeps
     * them) for the one of {@code appearance}; a scene without a palette is left alone.
     */
    public static void applyTo(Scene scene, Appearance appearance) {
        if (scene == null) {
            return;
        }
        swap(scene.getStylesheets(), appearance);
        Parent root = scene.getRoot();
        if (root != null) {
            swap(root.getStylesheets(), appearance);
        }
    }

    private static void swap(ObservableList<String> sheets, Appearance appearance) {
        String wanted = appearance.paletteStylesheet();
        for (int i = 0; i < sheets.size(); i++) {
            String url = sheets.get(i);
            if (Appearance.isPalette(url) && !url.equals(wanted)) {
                sheets.set(i, wanted);
            }
        }
    }
}
