package dev.s3grant.ui.editing;

import dev.s3grant.model.Design;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;

/**
 * Undo and redo of form edits, as design snapshots. Typing in one field is one step: a typing edit
 * with the same origin as the step before it extends that step instead of adding one.
 */
public final class EditHistory {

    private final int limit;
    private final Deque<Design> undo = new ArrayDeque<>();
    private final Deque<Design> redo = new ArrayDeque<>();
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
        undo.push(Objects.requireNonNull(before));
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

    /** Takes the latest snapshot off {@code from}, keeping {@code current} on {@code to} to come back to. */
    private Optional<Design> step(Deque<Design> from, Deque<Design> to, Design current) {
        if (from.isEmpty()) {
            return Optional.empty();
        }
        to.push(current);
        typingOrigin = null;
        return Optional.of(from.pop());
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
