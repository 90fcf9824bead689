package dev.s3grant.ui;

import dev.s3grant.io.ExportPlan;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The dialogs the view-model needs, provided by the view ({@link FxDialogService}) and faked in
 * tests. Texts passed in are already in the user's language.
 */
public interface DialogService {

    /** Asks whether to save the unsaved changes of {@code designName} before they are lost. */
    DiscardChoice askToSaveChanges(String designName);

    Optional<Path> chooseDesignToOpen(Optional<Path> folder);

    Optional<Path> chooseDesignToSave(Optional<Path> folder, String suggestedName);

    Optional<Path> chooseExportFolder(Optional<Path> folder);

    /** Lists the files an export creates and overwrites; true to write them. */
    boolean confirmExport(Path folder, ExportPlan plan);

    void showError(String title, String message);

    void showInfo(String title, String message);
}
