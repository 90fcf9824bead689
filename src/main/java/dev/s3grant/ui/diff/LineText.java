package dev.s3grant.ui.diff;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/**
 * The text of one line of the diff, in the width it is given and no wider: it is clipped, so a
 * long line never draws over the line numbers or the other side, and when its changed words lie
 * beyond the right edge it is shifted left until they are in view. It asks for no width of its
 * own, so both sides of a row share the row's width equally whatever their lengths.
 */
final class LineText extends Region {

    /** Context kept visible before the changed words when the line is shifted. */
    static final double MARGIN = 24;

    private final HBox line;
    private final Rectangle clip = new Rectangle();

    LineText(List<Label> segments) {
        line = new HBox();
        line.getChildren().setAll(segments);
        line.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().add(line);
        getStyleClass().add("diff-line-text");
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        setMinWidth(0);
        setMaxWidth(Double.MAX_VALUE);
    }

    @Override
    protected double computePrefWidth(double height) {
        return 0;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected double computePrefHeight(double width) {
        return line.prefHeight(-1);
    }

    @Override
    protected double computeMinHeight(double width) {
        return line.minHeight(-1);
    }

    @Override
    protected void layoutChildren() {
        double width = line.prefWidth(-1);
        line.resize(width, getHeight());
        line.layout();
        line.relocate(-offset(getWidth()), 0);
    }

    /** How far the line is shifted left so that its changed words are visible in {@code visible} pixels. */
    double offset(double visible) {
        double start = -1;
        double end = -1;
        for (Node child : line.getChildren()) {
            if (child.getStyleClass().contains(DiffRowCell.CHANGED_WORD)) {
                if (start < 0) {
                    start = child.getLayoutX();
                }
                end = child.getLayoutX() + child.getLayoutBounds().getWidth();
            }
        }
        if (start < 0 || end <= visible) {
            return 0;
        }
        return Math.max(0, Math.min(start - MARGIN, end - visible + MARGIN));
    }

    /** How far the line is shifted now (0 when it starts at the left edge). */
    double shift() {
        return -line.getLayoutX();
    }
}
