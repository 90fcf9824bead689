package dev.s3grant.ui.common;

import dev.s3grant.ui.runtime.StartupMilestones;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Node;

/**
 * Builds a window's parts in a fixed order, one part per frame, beginning after the window's first
 * frame (decision 0055): each frame shows one part more, so that the window appears at once and the
 * parts the user sees first come first. Every part can still be built at once by whoever needs it
 * first (a keyboard shortcut, a focus request, a test): the sequence then skips it. A part is a
 * step that builds it when it is not built yet and says whether it did.
 */
public final class OnePartPerFrame {

    private record Part(String name, BooleanSupplier buildIfNotBuilt) {
    }

    private final List<Part> parts = new ArrayList<>();
    private final ReadOnlyBooleanWrapper complete = new ReadOnlyBooleanWrapper(this, "complete");
    private int next;

    /** Adds a part after those added before; {@code buildIfNotBuilt} returns true when it built the part now. */
    public OnePartPerFrame add(String name, BooleanSupplier buildIfNotBuilt) {
        parts.add(new Part(name, buildIfNotBuilt));
        return this;
    }

    /** Starts the sequence once {@code node}'s window has laid out its first frame. */
    public void startAfterFirstFrame(Node node) {
        AfterFirstFrame.run(node, () -> buildNext(node));
    }

    /** Builds the next part not built yet, then waits for the frame that lays it out before the one after. */
    private void buildNext(Node node) {
        while (next < parts.size()) {
            Part part = parts.get(next++);
            if (part.buildIfNotBuilt().getAsBoolean()) {
                StartupMilestones.mark(part.name() + " built");
                if (next < parts.size()) {
                    AfterFirstFrame.run(node, () -> buildNext(node));
                    return;
                }
            }
        }
        complete.set(true);
    }

    /** Builds every part not built yet, now. */
    public void completeNow() {
        while (next < parts.size()) {
            parts.get(next++).buildIfNotBuilt().getAsBoolean();
        }
        if (!complete.get()) {
            StartupMilestones.mark("rest built at once");
            complete.set(true);
        }
    }

    /** True once every part is built; a frame laid out after that shows the complete window. */
    public ReadOnlyBooleanProperty completeProperty() {
        return complete.getReadOnlyProperty();
    }
}
