package dev.s3grant.ui;

import dev.s3grant.ui.common.HostOs;
import dev.s3grant.ui.fonts.FontChoice;
import dev.s3grant.ui.fonts.FontStylesheet;
import dev.s3grant.ui.theme.WindowThemes;
import java.util.Optional;
import java.util.Set;
import javafx.application.Application;
import javafx.scene.text.Font;

/**
 * The product's theme and fonts for a window test, as {@link DesignerApp} sets them: the other
 * window tests draw with JavaFX's own Modena and default font, so a test that needs the product's
 * sizes follows the theme, takes the fonts chosen for this system, and gives Modena back when it
 * ends. Call it on the FX thread.
 */
final class ProductTheme {

    private ProductTheme() {
    }

    /** Follows the window's appearance and takes its fonts; the returned action (on the FX thread) stops and gives Modena back. */
    static Runnable follow(ExampleWindow open) {
        Runnable stop = WindowThemes.follow(open.vm.view().appearanceProperty());
        open.window.root().getScene().getStylesheets().add(fonts());
        return () -> {
            stop.run();
            Application.setUserAgentStylesheet(null);
        };
    }

    /** The stylesheet of the fonts the window chooses on this system. */
    static String fonts() {
        return FontStylesheet.dataUrl(FontChoice.choose(HostOs.current(), Set.copyOf(Font.getFamilies()), Optional.empty(),
                Optional.empty()));
    }
}
