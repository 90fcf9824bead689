package dev.s3grant.ui.common;

import javafx.scene.shape.SVGPath;

/**
 * The toolbar's icons, drawn here as outlines on a 16 × 16 grid; their colour and stroke come from
 * the {@code .toolbar-icon} rule, so they follow the theme.
 */
public final class Icons {

    public static final String OPEN = "M1.5 4.5 V13.5 H14.5 V6 H8 L6.5 4.5 Z";
    public static final String SAVE = "M2.5 2.5 H11.5 L13.5 4.5 V13.5 H2.5 Z M5 2.5 V6 H10 V2.5 M5 13.5 V9.5 H11 V13.5";
    public static final String EXPORT = "M8 10.5 V2 M5 5 L8 2 L11 5 M2.5 9 V13.5 H13.5 V9";
    public static final String COMPARE = "M2 2.5 H7 V13.5 H2 Z M9 2.5 H14 V13.5 H9 Z M3.5 5.5 H5.5 M3.5 8 H5.5 M10.5 5.5 H12.5 M10.5 8 H12.5 M10.5 10.5 H12.5";
    public static final String LANGUAGE = "M1.5 8 A6.5 6.5 0 1 0 14.5 8 A6.5 6.5 0 1 0 1.5 8 Z M1.5 8 H14.5 "
            + "M8 1.5 C5.6 3.5 5.6 12.5 8 14.5 M8 1.5 C10.4 3.5 10.4 12.5 8 14.5";

    private Icons() {
    }

    /** A new icon node for one of the paths above. */
    public static SVGPath icon(String path) {
        SVGPath icon = new SVGPath();
        icon.setContent(path);
        icon.getStyleClass().add("toolbar-icon");
        return icon;
    }
}
