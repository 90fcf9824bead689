package dev.s3grant.ui.preview;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.StyleConverter;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.geometry.VPos;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Text;

/**
 * One line's number in the code view's margin: a region with the {@code lineno} style class
 * (background, padding and {@code -fx-text-fill} as for a label) around one text node with the
 * {@code text} style class, which the code's font rules reach. It looks like the label RichTextFX's
 * {@code LineNumberFactory} makes, but it is a plain node without a skin, so a line redrawn on a
 * keystroke costs little CSS and layout.
 */
final class LineNumber extends Region {

    private static final CssMetaData<LineNumber, Paint> TEXT_FILL =
            new CssMetaData<>("-fx-text-fill", StyleConverter.getPaintConverter(), Color.GRAY) {
                @Override
                public boolean isSettable(LineNumber node) {
                    return !node.textFill.isBound();
                }

                @Override
                public StyleableProperty<Paint> getStyleableProperty(LineNumber node) {
                    return node.textFill;
                }
            };

    private static final List<CssMetaData<? extends Styleable, ?>> CSS_META_DATA;

    static {
        List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(Region.getClassCssMetaData());
        all.add(TEXT_FILL);
        CSS_META_DATA = Collections.unmodifiableList(all);
    }

    private final StyleableObjectProperty<Paint> textFill =
            new SimpleStyleableObjectProperty<>(TEXT_FILL, this, "textFill", Color.GRAY);
    private final Text text;
    private int line = -1;

    LineNumber(String number) {
        getStyleClass().add("lineno");
        // Not rounded to whole pixels, as RichTextFX's line-number label was not: the code starts where it did.
        setSnapToPixel(false);
        text = new CodeText(number);
        text.getStyleClass().add("text");
        text.setTextOrigin(VPos.TOP);
        text.fillProperty().bind(textFill);
        getChildren().add(text);
    }

    String number() {
        return text.getText();
    }

    /** Shows {@code number}; the node stays, so a line number that did not change costs nothing. */
    void setNumber(String number) {
        if (!text.getText().equals(number)) {
            text.setText(number);
        }
    }

    /** Shows the number of line {@code index} (from 0), already padded as {@code number}. */
    void setLine(int index, String number) {
        line = index;
        setNumber(number);
    }

    /** The index of the line this number stands beside, or -1. */
    int line() {
        return line;
    }

    @Override
    protected void layoutChildren() {
        text.relocate(getWidth() - snappedRightInset() - text.getLayoutBounds().getWidth(), snappedTopInset());
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + text.getLayoutBounds().getWidth() + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + text.getLayoutBounds().getHeight() + snappedBottomInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return computePrefWidth(height);
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS_META_DATA;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS_META_DATA;
    }
}
