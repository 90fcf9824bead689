package dev.s3grant.ui;

import dev.s3grant.ui.forms.FormsView;
import dev.s3grant.ui.settings.BarHeights;
import dev.s3grant.ui.theme.Appearance;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * The window's first frame (decision 0058): the outline of its bars and panes in the palette's
 * colours, made of plain regions with no stylesheet and no control, so that the window is on
 * screen before the theme, the controls and the session exist. {@link DesignerApp} shows it and,
 * after its first frame, puts the window's own root in its place. The bars' heights are the ones
 * the window last laid out at this font size; the first time, they are estimated from the font
 * size as the theme draws them with the fonts the window chooses, which may leave the panes and the
 * preview up to three pixels off when the window takes the outline's place.
 */
final class WindowSkeleton extends Region {

    /**
     * The palette's colours the outline paints with: {@code -c-background}, {@code -c-surface} and
     * {@code -c-border} of theme/palette-light.css and palette-dark.css (a test holds them equal).
     * Set here rather than by the stylesheet: parsing it would cost the first frame 30–45 ms.
     */
    record Colours(Color background, Color surface, Color border) {

        static Colours of(Appearance appearance) {
            return appearance == Appearance.DARK
                    ? new Colours(Color.web("#161b22"), Color.web("#0d1117"), Color.web("#30363d"))
                    : new Colours(Color.web("#f6f8fa"), Color.web("#ffffff"), Color.web("#d0d7de"));
        }
    }

    /** A split pane's divider, as the theme draws it at every font size. */
    static final double DIVIDER_WIDTH = 4;

    private final BarHeights heights;
    private final double[] dividers;
    private final Region bars;
    private final Region barsLine;
    private final Region status;
    private final Region statusLine;
    private final Region forms;
    private final Region preview;
    private final Region lowerTabs;
    private final Region explanation;
    /** The place of the preview's tab strip and file header, and its lower edge, shown with the preview's code. */
    private final Region previewTop;
    private final Region previewTopLine;
    /** The preview's code view, once it is shown in its place before the window exists. */
    private Node shownPreview;

    /**
     * @param heights the bars' heights, and the font size they go with
     * @param dividers where the window's dividers go: forms | preview, findings | explanation, upper | lower
     */
    WindowSkeleton(BarHeights heights, double[] dividers, Appearance appearance) {
        this.heights = heights;
        this.dividers = dividers.clone();
        Colours colours = Colours.of(appearance);
        // Between the panes the dividers show the border colour.
        setBackground(fill(colours.border()));
        bars = part("bars-placeholder", colours.surface());
        barsLine = part("bars-line", colours.border());
        status = part("status-placeholder", colours.surface());
        statusLine = part("status-line", colours.border());
        forms = part("forms-placeholder", colours.background());
        preview = part("preview-placeholder", colours.background());
        lowerTabs = part("lower-tabs-placeholder", colours.background());
        explanation = part("explanation-placeholder", colours.surface());
        previewTop = part("preview-top-placeholder", colours.surface());
        previewTopLine = part("preview-top-line", colours.border());
        setId("window-skeleton");
        getChildren().addAll(bars, barsLine, forms, preview, lowerTabs, explanation, status, statusLine);
    }

    /**
     * Shows the preview's code lines where the window's preview shows them, below the place of the preview's tab
     * strip and file header, before the window exists (decisions 0058, 0061): the tabs and the header come with the
     * window.
     */
    void showPreview(Node codeView) {
        shownPreview = codeView;
        getChildren().addAll(previewTop, previewTopLine, codeView);
        // The outline keeps the focus: the code view would take it and show its caret, which the window then hides.
        requestFocus();
    }

    /**
     * A part of the outline, named by its id: a style class would cost the theme's setting a search of every rule
     * with a style class for each part, as JavaFX styles the outline again when the theme comes (decision 0061).
     */
    private static Region part(String id, Color colour) {
        Region region = new Region();
        region.setId(id);
        region.setBackground(fill(colour));
        return region;
    }

    private static Background fill(Color colour) {
        return new Background(new BackgroundFill(colour, CornerRadii.EMPTY, Insets.EMPTY));
    }

    /** The bars' heights at {@code fontSize}: as the window last laid them out, else estimated. */
    static BarHeights heights(Optional<BarHeights> laidOut, int fontSize) {
        return laidOut.filter(h -> h.fontSize() == fontSize).orElseGet(() -> estimate(fontSize));
    }

    /**
     * The bars' heights as the theme (AtlantaFX Primer) lays them out at {@code fontSize} with the
     * fonts the window chooses on Linux desktops, within three pixels from 9 to 24 pixels and exactly
     * at the default 13: the menu bar and the toolbar together at least 77 pixels (the toolbar's icon
     * buttons), the status bar at least 22, the preview's code lines below its tab strip and file header
     * 3.4 times the font size and 28 pixels.
     */
    static BarHeights estimate(int fontSize) {
        double top = Math.max(77, Math.round(1.7 * fontSize + 60));
        double status = Math.max(22, fontSize + 9);
        double code = Math.round(3.4 * fontSize + 27.8);
        return new BarHeights(fontSize, top, status, code);
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        double top = heights.top();
        double bottom = heights.bottom();
        bars.resizeRelocate(0, 0, width, top - 1);
        barsLine.resizeRelocate(0, top - 1, width, 1);
        statusLine.resizeRelocate(0, getHeight() - bottom, width, 1);
        status.resizeRelocate(0, getHeight() - bottom + 1, width, bottom - 1);
        // The split panes, as the window's lay out their parts between the bars.
        double divider = DIVIDER_WIDTH;
        double h = getHeight() - top - bottom;
        double upper = Math.round(dividers[2] * h - divider / 2);
        double left = Math.max(FormsView.MIN_WIDTH, Math.round(dividers[0] * width - divider / 2));
        double lowerLeft = Math.round(dividers[1] * width - divider / 2);
        double lower = h - upper - divider;
        forms.resizeRelocate(0, top, left, upper);
        preview.resizeRelocate(left + divider, top, width - left - divider, upper);
        if (shownPreview != null) {
            double code = heights.code();
            previewTop.resizeRelocate(left + divider, top, width - left - divider, code - 1);
            previewTopLine.resizeRelocate(left + divider, top + code - 1, width - left - divider, 1);
            shownPreview.resizeRelocate(left + divider, top + code, width - left - divider, upper - code);
        }
        lowerTabs.resizeRelocate(0, top + upper + divider, lowerLeft, lower);
        explanation.resizeRelocate(lowerLeft + divider, top + upper + divider, width - lowerLeft - divider, lower);
    }
}
