package dev.s3grant.ui.common;

import javafx.beans.value.ObservableDoubleValue;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;

/**
 * Keeps a split pane's divider at the proportion the user chose, whatever the window's size. A
 * window made small squeezes a pane to its minimum and JavaFX moves the divider for it; made
 * large again, the divider goes back to the proportion chosen, not to where the small window
 * pushed it. The proportion changes only when the user drags the divider or the code sets it.
 */
public final class KeptProportion {

    private final SplitPane pane;
    private double wanted;
    private boolean dragging;

    public KeptProportion(SplitPane pane, double position) {
        this.pane = pane;
        set(position);
        ObservableDoubleValue size = pane.getOrientation() == Orientation.VERTICAL ? pane.heightProperty() : pane.widthProperty();
        size.addListener((o, old, now) -> pane.setDividerPosition(0, wanted));
        pane.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> dragging = onDivider(e));
        pane.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (dragging) {
                wanted = pane.getDividerPositions()[0];
                dragging = false;
            }
        });
    }

    private static boolean onDivider(MouseEvent e) {
        for (Object n = e.getTarget(); n instanceof Node node; n = node.getParent()) {
            if (node.getStyleClass().contains("split-pane-divider")) {
                return true;
            }
        }
        return false;
    }

    /** Moves the divider to {@code position} and keeps it there. */
    public void set(double position) {
        wanted = position;
        pane.setDividerPosition(0, position);
    }

    /** The proportion kept: where the divider is whenever the panes' minimum sizes allow it. */
    public double position() {
        return wanted;
    }
}
