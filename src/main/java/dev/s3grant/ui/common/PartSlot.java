package dev.s3grant.ui.common;

import javafx.scene.Node;
import javafx.scene.layout.Region;

/**
 * Where a part of a window goes before it is built (decision 0055): until then the slot is a
 * placeholder, as large as the part will be (its parent gives the size) and with the part's
 * background (a style class of the stylesheet), so that the layout does not move and no other
 * colour flashes when the part arrives.
 */
public final class PartSlot extends Region {

    private final String placeholderClass;
    /** The placeholder's height where the slot's parent asks for it (a bar's place), 0 where the parent decides. */
    private final double emptyHeight;

    public PartSlot(String placeholderClass) {
        this(placeholderClass, 0);
    }

    /** A slot whose placeholder is {@code emptyHeight} high, for a parent that takes its children's heights. */
    public PartSlot(String placeholderClass, double emptyHeight) {
        this.placeholderClass = placeholderClass;
        this.emptyHeight = emptyHeight;
        getStyleClass().addAll("part-slot", placeholderClass);
    }

    /** Puts the built part in the slot, in place of the placeholder. */
    public void fill(Node part) {
        getStyleClass().remove(placeholderClass);
        getChildren().setAll(part);
    }

    /*
     * The part gets exactly the slot's bounds, which its parent gave it: no snapping of its own, so the
     * part is laid out to the same fractions of a pixel as it would be without the slot.
     */
    @Override
    protected void layoutChildren() {
        for (Node child : getChildren()) {
            child.resizeRelocate(0, 0, getWidth(), getHeight());
        }
    }

    @Override
    protected double computeMinWidth(double height) {
        return getChildren().isEmpty() ? 0 : getChildren().get(0).minWidth(height);
    }

    @Override
    protected double computeMinHeight(double width) {
        return getChildren().isEmpty() ? emptyHeight : getChildren().get(0).minHeight(width);
    }

    @Override
    protected double computePrefWidth(double height) {
        return getChildren().isEmpty() ? 0 : getChildren().get(0).prefWidth(height);
    }

    @Override
    protected double computePrefHeight(double width) {
        return getChildren().isEmpty() ? emptyHeight : getChildren().get(0).prefHeight(width);
    }

    /** Whether the part is in the slot. */
    public boolean filled() {
        return !getChildren().isEmpty();
    }
}
