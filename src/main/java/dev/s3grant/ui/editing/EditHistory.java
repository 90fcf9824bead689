package dev.s3grant.ui.editing;

import dev.s3grant.model.Design;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;

/**
 * Undo and redo of form edits, as design snapshots. Typing in one field is one step: a typing edit
 * with the same origin as the step before it extends that step instead of adding one. Each step
 * keeps its origin (the design path of the field, or a structural edit such as {@code writers+}),
 * so Undo and Redo can say what they change and go to it.
 */
public final class EditHistory {

    /** A design to go back (or forward) to, and the origin of the edit between it and the other side. */
    private record Step(Design design, String origin) {
    }

    private final int limit;
    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private String typingOrigin;

    public EditHistory(int limit) {
        this.limit = limit;
    }

    /** Records that the design was {@code before} until an edit of {@code origin}. */
    public void record(Design before, String origin, boolean typing) {
        redo.clear();
        if (typing && origin != null && origin.equals(typingOrigin) && !undo.isEmpty()) {
            return;
        }
        undo.push(new Step(Objects.requireNonNull(before), origin));
        while (undo.size() > limit) {
            undo.removeLast();
        }
        typingOrigin = typing ? origin : null;
    }

    public Optional<Design> undo(Design current) {
        return step(undo, redo, current);
    }

    public Optional<Design> redo(Design current) {
        return step(redo, undo, current);
    }

    /** The origin of the edit Undo would take back, if any. */
    public Optional<String> undoOrigin() {
        return Optional.ofNullable(undo.peek()).map(Step::origin);
    }

    /** The origin of the edit Redo would make again, if any. */
    public Optional<String> redoOrigin() {
        return Optional.ofNullable(redo.peek()).map(Step::origin);
    }

    /** Takes the latest snapshot off {@code from}, keeping {@code current} on {@code to} to come back to. */
    private Optional<Design> step(Deque<Step> from, Deque<Step> to, Design current) {
        if (from.isEmpty()) {
            return Optional.empty();
        }
        Step taken = from.pop();
        to.push(new Step(current, taken.origin()));
        typingOrigin = null;
        return Optional.of(taken.design());
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    public void clear() {
        undo.clear();
        redo.clear();
        typingOrigin = null;
    }
}
