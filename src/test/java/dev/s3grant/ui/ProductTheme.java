package dev.s3grant.ui;

import dev.s3grant.ui.theme.WindowThemes;
import javafx.application.Application;

/**
 * The product's theme for a window test, as {@link DesignerApp} sets it: the other window tests
 * draw with JavaFX's own Modena, so a test that needs the product's sizes follows the theme and
 * gives Modena back when it ends.
 */
final class ProductTheme {

    private ProductTheme() {
    }

    /** Follows the window's appearance; the returned action (on the FX thread) stops and gives Modena back. */
    static Runnable follow(ExampleWindow open) {
        Runnable stop = WindowThemes.follow(open.vm.view().appearanceProperty());
        return () -> {
            stop.run();
            Application.setUserAgentStylesheet(null);
        };
    }
}
