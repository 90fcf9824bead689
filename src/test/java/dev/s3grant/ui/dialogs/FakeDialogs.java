package dev.s3grant.ui.dialogs;

import dev.s3grant.diff.DiffResult;
import dev.s3grant.io.ExportPlan;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Scripted answers for the view-model's dialogs, and a record of what was asked. */
public final class FakeDialogs implements DialogService {

    public DiscardChoice discardChoice = DiscardChoice.CANCEL;
    public Path fileToOpen;
    public Path fileToSave;
    public Path exportFolder;
    public boolean confirmExports = true;
    public boolean exportDespiteErrors = false;
    public Path terraformFolder;
    public Path terraformFile;
    public Path policyFile;
    /** The answer to View › Export Grant Map's file chooser, whatever the extension. */
    public Path pictureFile;
    public final List<String> picturesAsked = new ArrayList<>();
    public boolean restoreAutosave = true;

    public final List<String> askedToSave = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();
    public final List<String> infos = new ArrayList<>();
    public final List<List<String>> exportErrors = new ArrayList<>();
    public final List<ExportPlan> exportPlans = new ArrayList<>();
    public final List<DiffResult> exportDiffs = new ArrayList<>();
    public final List<String> restoreOffers = new ArrayList<>();

    @Override
    public DiscardChoice askToSaveChanges(String designName) {
        askedToSave.add(designName);
        return discardChoice;
    }

    @Override
    public Optional<Path> chooseDesignToOpen(Optional<Path> folder) {
        return Optional.ofNullable(fileToOpen);
    }

    @Override
    public Optional<Path> chooseDesignToSave(Optional<Path> folder, String suggestedName) {
        return Optional.ofNullable(fileToSave);
    }

    @Override
    public Optional<Path> chooseExportFolder(Optional<Path> folder) {
        exportChooserStarts.add(folder);
        return Optional.ofNullable(exportFolder);
    }

    @Override
    public Optional<Path> chooseTerraformFolder(Optional<Path> folder) {
        compareChooserStarts.add(folder);
        return Optional.ofNullable(terraformFolder);
    }

    @Override
    public Optional<Path> chooseTerraformFile(Optional<Path> folder) {
        compareChooserStarts.add(folder);
        return Optional.ofNullable(terraformFile);
    }

    /** Where each export and each compare chooser was asked to start, in order. */
    public final List<Optional<Path>> exportChooserStarts = new ArrayList<>();
    public final List<Optional<Path>> compareChooserStarts = new ArrayList<>();

    @Override
    public Optional<Path> choosePolicyFile(Optional<Path> folder) {
        return Optional.ofNullable(policyFile);
    }

    @Override
    public Optional<Path> choosePictureToSave(Optional<Path> folder, String suggestedName, String extension) {
        picturesAsked.add(suggestedName);
        return Optional.ofNullable(pictureFile);
    }

    @Override
    public boolean askToRestoreAutosave(String designName, Instant savedAt) {
        restoreOffers.add(designName);
        return restoreAutosave;
    }

    @Override
    public boolean confirmExportDespiteErrors(List<String> errors) {
        exportErrors.add(errors);
        return exportDespiteErrors;
    }

    @Override
    public boolean confirmExport(Path folder, ExportPlan plan, DiffResult overwrites) {
        exportPlans.add(plan);
        exportDiffs.add(overwrites);
        return confirmExports;
    }

    /** The adoption lines of each adopted export confirmed, with the folder adopted. */
    public final List<List<String>> adoptions = new ArrayList<>();
    public final List<Path> adoptedFolders = new ArrayList<>();

    @Override
    public boolean confirmAdoptedExport(Path folder, Path adopted, List<String> adoption, ExportPlan plan, DiffResult overwrites) {
        adoptedFolders.add(adopted);
        adoptions.add(adoption);
        return confirmExport(folder, plan, overwrites);
    }

    @Override
    public void showError(String title, String message) {
        errors.add(message);
    }

    @Override
    public void showInfo(String title, String message) {
        infos.add(message);
    }
}
