package dev.s3grant.ui.common;

import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * Where a part of a window goes before it is built (decision 0055): until then the slot is a
 * placeholder, as large as the part will be (its parent gives the size) and with the part's
 * background (a style class of the stylesheet), so that the layout does not move and no other
 * colour flashes when the part arrives.
 */
public final class PartSlot extends StackPane {

    private final String placeholderClass;

    public PartSlot(String placeholderClass) {
        this.placeholderClass = placeholderClass;
        getStyleClass().addAll("part-slot", placeholderClass);
    }

    /** Puts the built part in the slot, in place of the placeholder. */
    public void fill(Node part) {
        getStyleClass().remove(placeholderClass);
        getChildren().setAll(part);
    }

    /** Whether the part is in the slot. */
    public boolean filled() {
        return !getChildren().isEmpty();
    }
}
