package dev.s3grant.ui.common;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A tooltip that is made when the pointer first comes onto its node, and shown only while it has
 * a text. Until then its text is a plain property. Each {@link Tooltip} is a popup window of its
 * own and the forms have about a hundred: making them all before the first frame cost start-up
 * time for help that most users never hover over. Once made, the tooltip's text follows
 * {@link #textProperty()}, and it shows after its delay like any other tooltip.
 */
public final class LazyTooltip {

    private final Node node;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final Consumer<Tooltip> settings;
    private final EventHandler<MouseEvent> onPointer = this::make;
    private Tooltip tooltip;
    private boolean installed;

    private LazyTooltip(Node node, Consumer<Tooltip> settings) {
        this.node = node;
        this.settings = settings;
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, onPointer);
        node.addEventHandler(MouseEvent.MOUSE_MOVED, onPointer);
    }

    /**
     * Gives {@code node} a tooltip once the pointer comes onto it while the text is not empty;
     * {@code settings} sets the tooltip's width, delays and so on when it is made.
     */
    public static LazyTooltip install(Node node, Consumer<Tooltip> settings) {
        return new LazyTooltip(node, settings);
    }

    /** The tooltip's text: set or bind it at any time; an empty text shows no tooltip. */
    public StringProperty textProperty() {
        return text;
    }

    public void setText(String value) {
        text.set(value);
    }

    /** The tooltip, once it was made. */
    public Optional<Tooltip> tooltip() {
        return Optional.ofNullable(tooltip);
    }

    private void make(MouseEvent pointer) {
        if (tooltip != null || isEmpty(text.get())) {
            return;
        }
        node.removeEventHandler(MouseEvent.MOUSE_ENTERED, onPointer);
        node.removeEventHandler(MouseEvent.MOUSE_MOVED, onPointer);
        tooltip = new Tooltip();
        settings.accept(tooltip);
        tooltip.textProperty().bind(text);
        text.addListener((o, old, now) -> showWhileNotEmpty());
        showWhileNotEmpty();
        if (pointer.getEventType() == MouseEvent.MOUSE_MOVED) {
            // The tooltip waits for the pointer to move on its node; this move came before it was there.
            node.fireEvent(pointer.copyFor(node, node));
        }
    }

    private void showWhileNotEmpty() {
        boolean wanted = !isEmpty(text.get());
        if (wanted == installed) {
            return;
        }
        installed = wanted;
        if (node instanceof Control control) {
            control.setTooltip(wanted ? tooltip : null);
        } else if (wanted) {
            Tooltip.install(node, tooltip);
        } else {
            Tooltip.uninstall(node, tooltip);
        }
    }

    private static boolean isEmpty(String s) {
        return s == null || s.isEmpty();
    }
}
