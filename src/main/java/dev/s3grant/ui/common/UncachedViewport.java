package dev.s3grant.ui.common;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * Keeps a scroll pane from caching its viewport as a bitmap. JavaFX's scroll pane skin caches the
 * viewport to scroll faster, but then any change inside it (a caret, one typed character) redraws
 * everything in the viewport into the cache first: on the software renderer that is 20–30 ms for
 * the forms on every keystroke. Without the cache, a change redraws only what it touched.
 */
public final class UncachedViewport {

    private UncachedViewport() {
    }

    /** Turns the viewport's cache off now if the skin is there, and whenever a skin is set. */
    public static <T extends ScrollPane> T of(T scroll) {
        uncache(scroll);
        scroll.skinProperty().addListener((o, old, skin) -> uncache(scroll));
        return scroll;
    }

    private static void uncache(ScrollPane scroll) {
        if (scroll.getSkin() == null) {
            return;
        }
        Node viewport = scroll.lookup(".viewport");
        if (viewport != null) {
            viewport.setCache(false);
        }
    }
}
