package dev.s3grant.ui;

import dev.s3grant.ui.forms.FormsView;
import dev.s3grant.ui.settings.BarHeights;
import dev.s3grant.ui.theme.Appearance;
import java.util.List;
import java.util.Objects;
import javafx.scene.layout.Region;

/**
 * The window's first frame (decision 0058): the outline of its bars and panes in the palette's
 * colours, made of plain regions and a stylesheet of a few lines, so that the window is on screen
 * before the theme, the controls and the session exist. {@link DesignerApp} shows it and, after its
 * first frame, puts the window's own root in its place. The bars' heights are the ones the window
 * last laid out at this font size; the first time, they are estimated from the font size as the
 * theme draws them with this machine's kind of fonts, which may leave the panes a pixel or two off
 * when the bars arrive.
 */
final class WindowSkeleton extends Region {

    /** The skeleton's stylesheet; the window's placeholders take their colours from it too. */
    static final String STYLESHEET = "skeleton.css";

    private final BarHeights heights;
    private final double[] dividers;
    private final Region bars = part("bars-placeholder");
    private final Region status = part("status-placeholder");
    private final Region forms = part("forms-placeholder");
    private final Region preview = part("preview-placeholder");
    private final Region lowerTabs = part("lower-tabs-placeholder");
    private final Region explanation = part("explanation-placeholder");
    private final Region panes = part("skeleton-panes");

    /**
     * @param heights the bars' heights, and the font size they go with
     * @param dividers where the window's dividers go: forms | preview, findings | explanation, upper | lower
     */
    WindowSkeleton(BarHeights heights, double[] dividers) {
        this.heights = heights;
        this.dividers = dividers.clone();
        getStyleClass().add("window-skeleton");
        getChildren().addAll(bars, panes, forms, preview, lowerTabs, explanation, status);
    }

    /** The palette of {@code appearance}, then the skeleton's stylesheet. */
    static List<String> stylesheets(Appearance appearance) {
        return List.of(appearance.paletteStylesheet(),
                Objects.requireNonNull(WindowSkeleton.class.getResource(STYLESHEET), STYLESHEET).toExternalForm());
    }

    private static Region part(String styleClass) {
        Region region = new Region();
        region.getStyleClass().add(styleClass);
        return region;
    }

    /** The bars' heights at {@code fontSize}: as the window last laid them out, else estimated. */
    static BarHeights heights(java.util.Optional<BarHeights> laidOut, int fontSize) {
        return laidOut.filter(h -> h.fontSize() == fontSize).orElseGet(() -> estimate(fontSize));
    }

    /**
     * The bars' heights as the theme (AtlantaFX Primer) lays them out at {@code fontSize} with the
     * fonts of Linux desktops, within two pixels from 9 to 24 pixels and exactly at the default 13:
     * the menu bar grows with the font, the toolbar is twelve pixels higher than the menu bar and
     * at least 48 for its icon buttons.
     */
    static BarHeights estimate(int fontSize) {
        double menu = Math.round(1.2 * fontSize + 20.4);
        double tools = Math.max(48, menu + 12);
        double status = Math.max(22, Math.round(1.4 * fontSize + 5.4));
        return new BarHeights(fontSize, menu + tools, status);
    }

    /** A split pane's divider, as the theme draws it at every font size. */
    static final double DIVIDER_WIDTH = 4;

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        double top = heights.top();
        double bottom = heights.bottom();
        double divider = DIVIDER_WIDTH;
        bars.resizeRelocate(0, 0, width, top);
        status.resizeRelocate(0, getHeight() - bottom, width, bottom);
        // The split panes, as the window's lay out their parts between the bars.
        double x = 0;
        double y = top;
        double w = width;
        double h = getHeight() - top - bottom;
        panes.resizeRelocate(0, top, width, h);
        double upper = Math.round(dividers[2] * h - divider / 2);
        double left = Math.max(FormsView.MIN_WIDTH, Math.round(dividers[0] * w - divider / 2));
        double lowerLeft = Math.round(dividers[1] * w - divider / 2);
        double lower = h - upper - divider;
        forms.resizeRelocate(x, y, left, upper);
        preview.resizeRelocate(x + left + divider, y, w - left - divider, upper);
        lowerTabs.resizeRelocate(x, y + upper + divider, lowerLeft, lower);
        explanation.resizeRelocate(x + lowerLeft + divider, y + upper + divider, w - lowerLeft - divider, lower);
    }
}
