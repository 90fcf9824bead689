package dev.s3grant.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Objects;

/**
 * Light or dark: the AtlantaFX theme for the standard controls (Primer Light or Primer Dark) and the
 * palette of the window's own named colours that goes with it (decision 0039).
 */
public enum Appearance {
    LIGHT("palette-light.css"), DARK("palette-dark.css");

    private final String palette;

    Appearance(String palette) {
        this.palette = palette;
    }

    /** The palette: a stylesheet that names every colour of the window's own stylesheets on {@code .root}. */
    public String paletteStylesheet() {
        return Objects.requireNonNull(Appearance.class.getResource(palette), palette).toExternalForm();
    }

    /**
     * AtlantaFX's stylesheet for the standard controls, set as the application's user-agent
     * stylesheet: the binary form, which JavaFX loads without parsing 170 KB of CSS at start-up.
     */
    public String controlsStylesheet() {
        return this == LIGHT ? new PrimerLight().getUserAgentStylesheetBSS() : new PrimerDark().getUserAgentStylesheetBSS();
    }

    /** Whether {@code url} is one of the palettes (of either appearance). */
    public static boolean isPalette(String url) {
        for (Appearance a : values()) {
            if (a.paletteStylesheet().equals(url)) {
                return true;
            }
        }
        return false;
    }
}
