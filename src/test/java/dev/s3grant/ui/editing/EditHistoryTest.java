package dev.s3grant.ui.editing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.io.DesignFiles;
import dev.s3grant.model.Design;
import org.junit.jupiter.api.Test;

class EditHistoryTest {

    private final Design d0 = DesignFiles.example();
    private final Design d1 = d0.withName("one");
    private final Design d2 = d0.withName("two");
    private final Design d3 = d0.withName("three");

    @Test
    void typingInOneFieldIsOneStep() {
        EditHistory h = new EditHistory(10);
        h.record(d0, "name", true);
        h.record(d1, "name", true);
        h.record(d2, "name", true);
        assertThat(h.undo(d3)).contains(d0);
        assertThat(h.canUndo()).isFalse();
    }

    @Test
    void typingInAnotherFieldStartsANewStep() {
        EditHistory h = new EditHistory(10);
        h.record(d0, "name", true);
        h.record(d1, "region", true);
        assertThat(h.undo(d2)).contains(d1);
        assertThat(h.undo(d1)).contains(d0);
    }

    @Test
    void structuralEditsAreAlwaysOwnSteps() {
        EditHistory h = new EditHistory(10);
        h.record(d0, "writers+", false);
        h.record(d1, "writers+", false);
        assertThat(h.undo(d2)).contains(d1);
        assertThat(h.undo(d1)).contains(d0);
    }

    @Test
    void undoThenTypingInTheSameFieldStartsANewStep() {
        EditHistory h = new EditHistory(10);
        h.record(d0, "name", true);
        assertThat(h.undo(d1)).contains(d0);
        h.record(d0, "name", true);
        h.record(d2, "name", true);
        assertThat(h.undo(d3)).contains(d0);
    }

    @Test
    void redoReturnsWhatUndoLeftAndANewEditClearsIt() {
        EditHistory h = new EditHistory(10);
        h.record(d0, "name", true);
        assertThat(h.undo(d1)).contains(d0);
        assertThat(h.redo(d0)).contains(d1);
        assertThat(h.undo(d1)).contains(d0);
        h.record(d0, "region", true);
        assertThat(h.canRedo()).isFalse();
    }

    @Test
    void keepsAtMostTheLimit() {
        EditHistory h = new EditHistory(2);
        h.record(d0, "a", false);
        h.record(d1, "b", false);
        h.record(d2, "c", false);
        assertThat(h.undo(d3)).contains(d2);
        assertThat(h.undo(d2)).contains(d1);
        assertThat(h.undo(d1)).isEmpty();
    }

    @Test
    void eachStepKeepsItsOriginSoUndoAndRedoCanSayWhatTheyChange() {
        EditHistory h = new EditHistory(10);
        assertThat(h.undoOrigin()).isEmpty();
        h.record(d0, "name", true);
        h.record(d1, "writers[0].roleName", true);
        assertThat(h.undoOrigin()).contains("writers[0].roleName");
        assertThat(h.undo(d2)).contains(d1);
        assertThat(h.undoOrigin()).contains("name");
        assertThat(h.redoOrigin()).contains("writers[0].roleName");
        assertThat(h.redo(d1)).contains(d2);
        assertThat(h.redoOrigin()).isEmpty();
        assertThat(h.undoOrigin()).contains("writers[0].roleName");
    }
}
