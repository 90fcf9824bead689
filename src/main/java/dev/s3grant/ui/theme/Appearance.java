package dev.s3grant.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.net.URL;
import java.util.Objects;

/**
 * Light or dark: the AtlantaFX theme for the standard controls (Primer Light or Primer Dark) and the
 * palette of the window's own named colours that goes with it (decision 0039).
 */
public enum Appearance {
    LIGHT("palette-light.css", "primer-light"), DARK("palette-dark.css", "primer-dark");

    private final String palette;
    private final String theme;

    Appearance(String palette, String theme) {
        this.palette = palette;
        this.theme = theme;
    }

    /** The palette: a stylesheet that names every colour of the window's own stylesheets on {@code .root}. */
    public String paletteStylesheet() {
        return Objects.requireNonNull(Appearance.class.getResource(palette), palette).toExternalForm();
    }

    /**
     * AtlantaFX's stylesheet for the standard controls, set as the application's user-agent stylesheet, in
     * binary form, which JavaFX loads without parsing CSS at start-up. It is the build's subset of it, without
     * the rules of controls the designer never makes (decision 0060), where the build has made one; AtlantaFX's
     * whole stylesheet otherwise (classes compiled without the build's step, as an IDE may).
     */
    public String controlsStylesheet() {
        URL subset = Appearance.class.getResource(theme + ".bss");
        if (subset != null) {
            return subset.toExternalForm();
        }
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
