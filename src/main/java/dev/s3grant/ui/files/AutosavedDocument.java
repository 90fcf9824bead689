package dev.s3grant.ui.files;

import dev.s3grant.model.Design;
import java.nio.file.Path;
import java.util.Optional;

/** What the {@link DesignAutosaver} follows and restores: the design, its file and whether it has unsaved changes. */
public interface AutosavedDocument {

    Design design();

    /** The design file the changes belong to; empty while the design was never saved. */
    Optional<Path> file();

    boolean isDirty();

    /** Calls {@code listener} after each change of the design or of the unsaved mark. */
    void onChange(Runnable listener);

    /**
     * Puts an autosaved design back after a session that did not end cleanly: it belongs to
     * {@code source} (if any) again and counts as unsaved wherever it differs from that file.
     */
    void restore(Design restored, Optional<Path> source);
}
