package dev.s3grant.ui.files;

import dev.s3grant.app.DesignStore;
import dev.s3grant.app.TerraformImport;
import dev.s3grant.existing.reading.ImportResult;
import dev.s3grant.app.ProblemText;
import dev.s3grant.io.Autosave;
import dev.s3grant.io.InputException;
import dev.s3grant.model.Design;
import dev.s3grant.model.DesignDefaults;
import dev.s3grant.ui.background.BackgroundWork;
import dev.s3grant.ui.background.Debouncer;
import dev.s3grant.ui.dialogs.DialogService;
import dev.s3grant.ui.editing.DesignerViewModel;
import dev.s3grant.ui.i18n.UiText;
import dev.s3grant.ui.output.DesignEvaluator;
import dev.s3grant.ui.settings.UiSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The File menu's commands: New, Open, Open Recent, Save, Save As, Export and Quit, with the
 * question about unsaved changes before any of them loses some. It keeps the design's file, the
 * unsaved mark, the recent files and the window title; the design itself is the
 * {@link DesignerViewModel}'s. Dialogs go through the {@link DialogService} the view provides.
 */
public final class FileCommands implements AutosavedDocument {

    private final DesignerViewModel editor;
    private final DialogService dialogs;
    private final UiSettings settings;
    private final UiText text;
    private final ExportCommand export;
    private DesignAutosaver autosaver;

    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    private final ObservableList<Path> readOnlyRecentFiles = FXCollections.unmodifiableObservableList(recentFiles);
    /** The design as last saved or opened; null when no file holds it (a restored autosave whose file is gone). */
    private final ReadOnlyObjectWrapper<Design> saved = new ReadOnlyObjectWrapper<>(this, "saved");

    public FileCommands(DesignerViewModel editor, DesignEvaluator evaluator, BackgroundWork work, DialogService dialogs,
                        UiSettings settings, UiText text) {
        this.editor = editor;
        this.dialogs = dialogs;
        this.settings = settings;
        this.text = text;
        this.export = new ExportCommand(evaluator, work, dialogs, text);
        this.recentFiles.setAll(settings.recentFiles());
        this.saved.set(editor.design());
        editor.designProperty().addListener((o, old, now) -> updateDirty());
        title.bind(Bindings.createStringBinding(() -> WindowTitle.of(editor.design(), dirty.get(), file.get(), text),
                editor.designProperty(), dirty, file, text.languageProperty()));
    }

    /**
     * Starts autosaving into {@code store}, a quiet period after each change; first offers to
     * restore an autosave an earlier session left behind.
     */
    public void startAutosave(Autosave store, Debouncer debouncer) {
        autosaver = new DesignAutosaver(store, debouncer, this, dialogs, text);
        autosaver.start();
    }

    /** File › Quit and the window's close button: true when the window may close (and the autosave is gone). */
    public boolean quit() {
        if (!confirmDiscard()) {
            return false;
        }
        if (autosaver != null) {
            autosaver.cleanExit();
        }
        return true;
    }

    /** File › New: a blank design, after asking about unsaved changes. */
    public void newDesign() {
        if (confirmDiscard()) {
            replaceDesign(DesignDefaults.blankDesign(), null);
        }
    }

    /** File › Open…: asks about unsaved changes, then for a file. */
    public void open() {
        if (!confirmDiscard()) {
            return;
        }
        dialogs.chooseDesignToOpen(lastFolder()).ifPresent(this::load);
    }

    /**
     * File › Import from Terraform…: asks about unsaved changes, then for a folder, and fills the
     * form with the design the folder's Terraform means (unsaved). What the design cannot say is
     * shown in the user's language. Returns the folder read, for the comparison.
     */
    public Optional<Path> importTerraform() {
        if (!confirmDiscard()) {
            return Optional.empty();
        }
        return dialogs.chooseTerraformFolder(lastFolder()).filter(this::importFrom);
    }

    /** Imports without asking; true when the folder could be read. */
    public boolean importFrom(Path folder) {
        try {
            ImportResult result = TerraformImport.read(List.of(folder));
            replaceDesign(result.design(), null, null);
            if (!result.complete()) {
                dialogs.showInfo(text.get("ui.dialog.import.title"), ImportedParts.describe(result, text));
            }
            return true;
        } catch (InputException e) {
            dialogs.showError(text.get("ui.dialog.import.failed"), ProblemText.describe(e.problem(), text.language()));
            return false;
        }
    }

    /** File › Open Recent › {@code path}. */
    public void openRecent(Path path) {
        if (!confirmDiscard()) {
            return;
        }
        if (!Files.exists(path)) {
            recentFiles.setAll(settings.removeRecentFile(path));
        }
        load(path);
    }

    /** Loads without asking; a problem with the file is shown in the user's language, never as a stack trace. */
    public boolean load(Path path) {
        try {
            opened(DesignStore.load(path), path);
            return true;
        } catch (InputException e) {
            dialogs.showError(text.get("ui.dialog.openFailed.title"), ProblemText.describe(e.problem(), text.language()));
            return false;
        }
    }

    /** Makes {@code design}, read from {@code path} already, the window's design and its file, as {@link #load} does. */
    public void opened(Design design, Path path) {
        replaceDesign(design, path);
        recentFiles.setAll(settings.addRecentFile(path));
    }

    @Override
    public void restore(Design restored, Optional<Path> source) {
        Design onDisk = null;
        if (source.isPresent() && Files.isRegularFile(source.get())) {
            try {
                onDisk = DesignStore.load(source.get());
            } catch (InputException e) {
                // the file changed or broke since: every restored change counts as unsaved
            }
        }
        replaceDesign(restored, onDisk, source.orElse(null));
    }

    private void replaceDesign(Design d, Path path) {
        replaceDesign(d, d, path);
    }

    private void replaceDesign(Design d, Design onDisk, Path path) {
        saved.set(onDisk);
        file.set(path);
        editor.replace(d);
        updateDirty();
    }

    /** File › Save: to the current file, or Save As when there is none. True when saved. */
    public boolean save() {
        Path target = file.get();
        return target == null ? saveAs() : writeTo(target);
    }

    /** File › Save As…: asks for a file. True when saved. */
    public boolean saveAs() {
        Optional<Path> target = dialogs.chooseDesignToSave(lastFolder(), suggestedFileName());
        return target.isPresent() && writeTo(target.get());
    }

    private boolean writeTo(Path target) {
        Design current = editor.design();
        try {
            DesignStore.save(current, target);
        } catch (InputException e) {
            dialogs.showError(text.get("ui.dialog.saveFailed.title"), ProblemText.describe(e.problem(), text.language()));
            return false;
        }
        saved.set(current);
        file.set(target);
        updateDirty();
        recentFiles.setAll(settings.addRecentFile(target));
        return true;
    }

    String suggestedFileName() {
        String name = editor.design().name().replaceAll("[^A-Za-z0-9._-]+", "-");
        return (name.isEmpty() || name.equals("-") ? "design" : name) + ".json";
    }

    /** Export adopts the folder this supplies, while it supplies one: the Compare view's folder (decision 0030). */
    public void adoptFrom(java.util.function.Supplier<Optional<Path>> folder) {
        export.adoptFrom(folder);
    }

    /**
     * File › Export Terraform… (see {@link ExportCommand}): the folder chooser starts in the compared
     * folder, else the folder exported to last, else the design's folder.
     */
    public void exportTerraform() {
        export.run(editor.design(), settings.exportFolder().or(this::lastFolder), settings::setExportFolder);
    }

    /** Asks before unsaved changes are lost: true when the caller may go on (saved, discarded or nothing to lose). */
    public boolean confirmDiscard() {
        if (!dirty.get()) {
            return true;
        }
        return switch (dialogs.askToSaveChanges(WindowTitle.displayName(editor.design(), text))) {
            case SAVE -> save();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    /** The folder of the current file, else of the most recent one: where choosers start. */
    public Optional<Path> lastFolder() {
        Path current = file.get();
        if (current == null && !recentFiles.isEmpty()) {
            current = recentFiles.get(0);
        }
        return Optional.ofNullable(current).map(Path::toAbsolutePath).map(Path::getParent).filter(Files::isDirectory);
    }

    private void updateDirty() {
        dirty.set(!editor.design().equals(saved.get()));
    }

    // ---- AutosavedDocument

    @Override
    public Design design() { return editor.design(); }

    @Override
    public Optional<Path> file() { return Optional.ofNullable(file.get()); }

    @Override
    public boolean isDirty() { return dirty.get(); }

    @Override
    public void onChange(Runnable listener) {
        editor.designProperty().addListener((o, old, now) -> listener.run());
        dirty.addListener((o, old, now) -> listener.run());
    }

    // ---- accessors

    public ReadOnlyObjectProperty<Path> fileProperty() { return file.getReadOnlyProperty(); }
    /** The design as last saved or opened; null when no file holds it (a restored autosave whose file is gone). */
    public ReadOnlyObjectProperty<Design> savedDesignProperty() { return saved.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty dirtyProperty() { return dirty.getReadOnlyProperty(); }
    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }
    public ObservableList<Path> recentFiles() { return readOnlyRecentFiles; }
}
