package dev.s3grant.ui.dialogs;

import dev.s3grant.diff.DiffResult;
import dev.s3grant.io.ExportPlan;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
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

    /** A folder of existing Terraform files to compare the design with. */
    Optional<Path> chooseTerraformFolder(Optional<Path> folder);

    /** One existing Terraform file to compare the design with. */
    Optional<Path> chooseTerraformFile(Optional<Path> folder);

    /** File › Explain Policy…: a policy file to explain (JSON or {@code .tf}). */
    Optional<Path> choosePolicyFile(Optional<Path> folder);

    /**
     * View › Export Grant Map: where to write the picture, {@code extension} being {@code svg} or
     * {@code png}; {@code suggestedName} is offered as the file name.
     */
    Optional<Path> choosePictureToSave(Optional<Path> folder, String suggestedName, String extension);

    /**
     * Before an export of a design with {@code ERROR} findings: lists them ({@code errors}, one line
     * each, as {@code validate} prints them) and asks whether to export anyway. Cancel is the
     * default answer; true to go on.
     */
    boolean confirmExportDespiteErrors(List<String> errors);

    /**
     * Lists the files an export creates and overwrites, and shows what changes in each file it
     * overwrites ({@code overwrites}: existing against new); lists the files of an earlier export
     * that it removes ({@link ExportPlan#stale()}, kept as {@code .bak}) and those it leaves because
     * they were changed by hand ({@link ExportPlan#staleEdited()}). True to write (and remove) them.
     */
    boolean confirmExport(Path folder, ExportPlan plan, DiffResult overwrites);

    /**
     * As {@link #confirmExport}, for an export that adopts the existing Terraform in {@code adopted}
     * (decision 0030): {@code adoption} lists what moves, what is kept and what is left alone.
     */
    default boolean confirmAdoptedExport(Path folder, Path adopted, List<String> adoption, ExportPlan plan, DiffResult overwrites) {
        return confirmExport(folder, plan, overwrites);
    }

    /**
     * After a session that did not end cleanly: offers the autosaved design {@code designName},
     * written at {@code savedAt}. True to restore it, false to discard it.
     */
    boolean askToRestoreAutosave(String designName, Instant savedAt);

    void showError(String title, String message);

    void showInfo(String title, String message);
}
