package dev.s3grant.ui;

import dev.s3grant.app.ProblemText;
import dev.s3grant.io.Autosave;
import dev.s3grant.io.InputException;
import dev.s3grant.ui.background.Debouncer;
import java.time.Duration;
import java.util.Optional;

/**
 * Keeps the autosave in step with the window: while the design has unsaved changes, it is written
 * a quiet period after the last change; when nothing is unsaved (saved, opened, new, undone back)
 * or the window quits cleanly, the autosave is removed. At start, an autosave left behind is
 * offered for restoring. Writes are a few kilobytes and run on the FX thread, so a write can
 * never land after the removal on Quit.
 */
final class DesignAutosaver {

    /** System property: the quiet period in milliseconds (default {@value #DEFAULT_DELAY_MILLIS}); tests shorten it. */
    static final String DELAY_PROPERTY = "s3grant.autosaveDelayMillis";
    static final long DEFAULT_DELAY_MILLIS = 2000;

    private final Autosave store;
    private final Debouncer debouncer;
    private final DesignerViewModel vm;
    private final DialogService dialogs;
    private boolean failureReported;
    private boolean active;

    DesignAutosaver(Autosave store, Debouncer debouncer, DesignerViewModel vm, DialogService dialogs) {
        this.store = store;
        this.debouncer = debouncer;
        this.vm = vm;
        this.dialogs = dialogs;
    }

    /** The quiet period before a write: {@value #DELAY_PROPERTY}, or two seconds. */
    static Duration quietPeriod() {
        return Duration.ofMillis(Math.max(0, Long.getLong(DELAY_PROPERTY, DEFAULT_DELAY_MILLIS)));
    }

    /**
     * Offers an autosave left behind by a session that did not end cleanly, then follows every
     * change. A window started while another one runs leaves the autosave to that one.
     */
    void start() {
        if (!store.claim()) {
            return;
        }
        active = true;
        offerRestore();
        vm.designProperty().addListener((o, old, now) -> changed());
        vm.dirtyProperty().addListener((o, old, now) -> changed());
    }

    private void offerRestore() {
        Optional<Autosave.Autosaved> found;
        try {
            found = store.read();
        } catch (InputException e) {
            dialogs.showError(vm.text().get("ui.dialog.restoreFailed.title"),
                    ProblemText.describe(e.problem(), vm.text().language()));
            setAside();
            return;
        }
        if (found.isEmpty()) {
            return;
        }
        Autosave.Autosaved autosaved = found.get();
        String name = autosaved.design().name().isBlank() ? vm.text().get("ui.title.untitled") : autosaved.design().name();
        if (dialogs.askToRestoreAutosave(name, autosaved.savedAt())) {
            vm.restore(autosaved.design(), autosaved.source());
        } else {
            store.delete();
        }
    }

    private void setAside() {
        try {
            store.setAside();
        } catch (InputException e) {
            store.delete();
        }
    }

    private void changed() {
        if (vm.isDirty()) {
            debouncer.restart(this::writeNow);
        } else {
            debouncer.cancel();
            store.delete();
        }
    }

    /** Writes the design now if it has unsaved changes. */
    void writeNow() {
        if (!vm.isDirty()) {
            return;
        }
        try {
            store.write(vm.design(), Optional.ofNullable(vm.fileProperty().get()));
            failureReported = false;
        } catch (InputException e) {
            if (!failureReported) {
                failureReported = true;
                dialogs.showError(vm.text().get("ui.dialog.autosaveFailed.title"),
                        vm.text().get("ui.dialog.autosaveFailed.message", ProblemText.describe(e.problem(), vm.text().language())));
            }
        }
    }

    /** A clean exit: nothing is waiting to be written, and the autosave goes. */
    void cleanExit() {
        if (!active) {
            return;
        }
        active = false;
        debouncer.cancel();
        store.delete();
        store.release();
    }
}
