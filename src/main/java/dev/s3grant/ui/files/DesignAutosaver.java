package dev.s3grant.ui.files;

import dev.s3grant.app.ProblemText;
import dev.s3grant.io.Autosave;
import dev.s3grant.io.InputException;
import dev.s3grant.ui.background.Debouncer;
import dev.s3grant.ui.dialogs.DialogService;
import dev.s3grant.ui.i18n.UiText;
import java.time.Duration;
import java.util.Optional;

/**
 * Keeps the autosave in step with the window: while the design has unsaved changes, it is written
 * a quiet period after the last change; when nothing is unsaved (saved, opened, new, undone back)
 * or the window quits cleanly, the autosave is removed. At start, an autosave left behind is
 * offered for restoring. Writes are a few kilobytes and run on the FX thread, so a write can
 * never land after the removal on Quit.
 */
public final class DesignAutosaver {

    /** System property: the quiet period in milliseconds (default {@value #DEFAULT_DELAY_MILLIS}); tests shorten it. */
    public static final String DELAY_PROPERTY = "s3grant.autosaveDelayMillis";
    static final long DEFAULT_DELAY_MILLIS = 2000;

    private final Autosave store;
    private final Debouncer debouncer;
    private final AutosavedDocument document;
    private final DialogService dialogs;
    private final UiText text;
    private boolean failureReported;
    private boolean active;

    public DesignAutosaver(Autosave store, Debouncer debouncer, AutosavedDocument document, DialogService dialogs, UiText text) {
        this.store = store;
        this.debouncer = debouncer;
        this.document = document;
        this.dialogs = dialogs;
        this.text = text;
    }

    /** The quiet period before a write: {@value #DELAY_PROPERTY}, or two seconds. */
    public static Duration quietPeriod() {
        return Duration.ofMillis(Math.max(0, Long.getLong(DELAY_PROPERTY, DEFAULT_DELAY_MILLIS)));
    }

    /**
     * Offers an autosave left behind by a session that did not end cleanly, then follows every
     * change. A window started while another one runs leaves the autosave to that one.
     */
    public void start() {
        if (!store.claim()) {
            return;
        }
        active = true;
        offerRestore();
        document.onChange(this::changed);
    }

    private void offerRestore() {
        Optional<Autosave.Autosaved> found;
        try {
            found = store.read();
        } catch (InputException e) {
            dialogs.showError(text.get("ui.dialog.restoreFailed.title"),
                    ProblemText.describe(e.problem(), text.language()));
            setAside();
            return;
        }
        if (found.isEmpty()) {
            return;
        }
        Autosave.Autosaved autosaved = found.get();
        String name = WindowTitle.displayName(autosaved.design(), text);
        if (dialogs.askToRestoreAutosave(name, autosaved.savedAt())) {
            document.restore(autosaved.design(), autosaved.source());
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
        if (document.isDirty()) {
            debouncer.restart(this::writeNow);
        } else {
            debouncer.cancel();
            store.delete();
        }
    }

    /** Writes the design now if it has unsaved changes. */
    void writeNow() {
        if (!document.isDirty()) {
            return;
        }
        try {
            store.write(document.design(), document.file());
            failureReported = false;
        } catch (InputException e) {
            if (!failureReported) {
                failureReported = true;
                dialogs.showError(text.get("ui.dialog.autosaveFailed.title"),
                        text.get("ui.dialog.autosaveFailed.message", ProblemText.describe(e.problem(), text.language())));
            }
        }
    }

    /** A clean exit: nothing is waiting to be written, and the autosave goes. */
    public void cleanExit() {
        if (!active) {
            return;
        }
        active = false;
        debouncer.cancel();
        store.delete();
        store.release();
    }
}
