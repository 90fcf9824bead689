package dev.s3grant.ui;

import dev.s3grant.app.DesignComparison;
import dev.s3grant.app.DesignStore;
import dev.s3grant.app.ExportContent;
import dev.s3grant.app.FindingText;
import dev.s3grant.app.FolderExport;
import dev.s3grant.app.ProblemText;
import dev.s3grant.diff.DiffResult;
import dev.s3grant.io.Autosave;
import dev.s3grant.io.ExportPlan;
import dev.s3grant.io.InputException;
import dev.s3grant.model.Design;
import dev.s3grant.model.DesignDefaults;
import dev.s3grant.model.Language;
import dev.s3grant.ui.background.BackgroundWork;
import dev.s3grant.ui.background.Debouncer;
import dev.s3grant.ui.background.LatestWins;
import dev.s3grant.ui.forms.DesignEditor;
import dev.s3grant.ui.forms.FormsViewModel;
import dev.s3grant.ui.i18n.UiText;
import dev.s3grant.ui.preview.ElementRef;
import dev.s3grant.ui.settings.UiSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The designer window's state and commands. It holds the current {@link Design} snapshot, sends
 * every change to the {@link DesignEvaluator} in the background (the latest change wins), and
 * keeps the file, the unsaved mark, the undo history and the language. It never touches nodes:
 * dialogs go through the {@link DialogService} the view provides.
 */
public final class DesignerViewModel implements DesignEditor {

    public static final String APP_NAME = "S3 Grant Designer";

    /** Findings about an access-check row are located at {@code access-matrix#N} (1-based). */
    public static final String ACCESS_MATRIX = "access-matrix#";

    private final DesignEvaluator evaluator;
    private final DialogService dialogs;
    private final UiSettings settings;
    private final UiText text;
    private final BackgroundWork work;
    private final LatestWins<Design, DesignerOutput> preview;
    private final ComparisonViewModel comparison;
    private DesignAutosaver autosaver;
    private final EditHistory history = new EditHistory(500);

    // ---- properties
    private final ReadOnlyObjectWrapper<Design> design = new ReadOnlyObjectWrapper<>(this, "design");
    private final ReadOnlyObjectWrapper<DesignerOutput> output = new ReadOnlyObjectWrapper<>(this, "output");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(this, "computing");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", "");
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    private final ObservableList<Path> readOnlyRecentFiles = FXCollections.unmodifiableObservableList(recentFiles);
    private final IntegerProperty fontSize = new SimpleIntegerProperty(this, "fontSize");
    private final ObjectProperty<ElementRef> selectedElement = new SimpleObjectProperty<>(this, "selectedElement");
    private final ReadOnlyObjectWrapper<ElementRef> highlightRequest = new ReadOnlyObjectWrapper<>(this, "highlightRequest");
    private final ReadOnlyObjectWrapper<String> focusRequest = new ReadOnlyObjectWrapper<>(this, "focusRequest");
    private final ReadOnlyObjectWrapper<Integer> accessRowRequest = new ReadOnlyObjectWrapper<>(this, "accessRowRequest");
    private final FormsViewModel forms;
    private Design saved;
    private boolean changedByTyping;

    public DesignerViewModel(Design initial, DesignEvaluator evaluator, BackgroundWork work, DialogService dialogs,
                             UiSettings settings, UiText text) {
        this.evaluator = evaluator;
        this.dialogs = dialogs;
        this.settings = settings;
        this.text = text;
        this.work = work;
        this.preview = new LatestWins<>(work, evaluator::evaluate, this::showOutput, this::showFailure);
        this.comparison = new ComparisonViewModel(design.getReadOnlyProperty(), evaluator, work, dialogs, text, this::lastFolder);
        this.forms = new FormsViewModel(initial, this);
        this.recentFiles.setAll(settings.recentFiles());
        this.fontSize.set(settings.fontSize());
        this.fontSize.addListener((o, old, v) -> settings.setFontSize(v.intValue()));
        title.bind(Bindings.createStringBinding(this::computeTitle, design, dirty, file, text.languageProperty()));
        saved = initial;
        setDesign(initial, null);
    }

    // ---- editing

    @Override
    public void edit(String origin, boolean typing, UnaryOperator<Design> change) {
        Design before = design.get();
        Design after = change.apply(before);
        if (after.equals(before)) {
            return;
        }
        history.record(before, origin, typing);
        setDesign(after, origin, typing);
    }

    public void undo() {
        history.undo(design.get()).ifPresent(d -> setDesign(d, null));
    }

    public void redo() {
        history.redo(design.get()).ifPresent(d -> setDesign(d, null));
    }

    private void setDesign(Design d, String origin) {
        setDesign(d, origin, false);
    }

    private void setDesign(Design d, String origin, boolean typing) {
        changedByTyping = typing;
        design.set(d);
        forms.refresh(d, origin);
        dirty.set(!d.equals(saved));
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        computing.set(true);
        preview.submit(d);
    }

    private void replaceDesign(Design d, Path path) {
        history.clear();
        saved = d;
        file.set(path);
        selectedElement.set(null);
        setDesign(d, null);
    }

    private void showOutput(DesignerOutput o) {
        failure.set("");
        output.set(o);
        forms.mark(o.findings());
        computing.set(preview.pending());
    }

    private void showFailure(Throwable error) {
        failure.set(text.get("ui.status.previewFailed", error.getClass().getSimpleName()));
        computing.set(preview.pending());
    }

    // ---- files

    /**
     * Puts an autosaved design back after a session that did not end cleanly: it belongs to
     * {@code source} (if any) again and counts as unsaved wherever it differs from that file.
     */
    void restore(Design restored, Optional<Path> source) {
        history.clear();
        Design onDisk = null;
        if (source.isPresent() && Files.isRegularFile(source.get())) {
            try {
                onDisk = DesignStore.load(source.get());
            } catch (InputException e) {
                // the file changed or broke since: every restored change counts as unsaved
            }
        }
        saved = onDisk;
        file.set(source.orElse(null));
        selectedElement.set(null);
        setDesign(restored, null);
    }

    /**
     * Starts autosaving into {@code store}, a quiet period after each change; first offers to
     * restore an autosave an earlier session left behind.
     */
    public void startAutosave(Autosave store, Debouncer debouncer) {
        autosaver = new DesignAutosaver(store, debouncer, this, dialogs);
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
            Design loaded = DesignStore.load(path);
            replaceDesign(loaded, path);
            recentFiles.setAll(settings.addRecentFile(path));
            return true;
        } catch (InputException e) {
            dialogs.showError(text.get("ui.dialog.openFailed.title"), ProblemText.describe(e.problem(), text.language()));
            return false;
        }
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
        Design current = design.get();
        try {
            DesignStore.save(current, target);
        } catch (InputException e) {
            dialogs.showError(text.get("ui.dialog.saveFailed.title"), ProblemText.describe(e.problem(), text.language()));
            return false;
        }
        saved = current;
        file.set(target);
        dirty.set(!design.get().equals(saved));
        recentFiles.setAll(settings.addRecentFile(target));
        return true;
    }

    String suggestedFileName() {
        String name = design.get().name().replaceAll("[^A-Za-z0-9._-]+", "-");
        return (name.isEmpty() || name.equals("-") ? "design" : name) + ".json";
    }

    /**
     * File › Export Terraform…: lists the design's {@code ERROR} findings first and asks whether to
     * export anyway; asks for a folder; lists the files to be created and overwritten (showing what
     * changes in each overwritten one, compared in the background) and the files an earlier export
     * wrote there that the design no longer produces; then writes exactly what {@code generate}
     * writes. Overwritten files keep a {@code .bak}; the earlier export's files that are unchanged
     * are removed, each kept as {@code .bak} (decision 0014).
     */
    public void exportTerraform() {
        Design current = design.get();
        ExportContent content = evaluator.export(current);
        List<String> errors = content.errors().stream().map(f -> FindingText.line(f, text::render)).toList();
        if (!errors.isEmpty() && !dialogs.confirmExportDespiteErrors(errors)) {
            return;
        }
        Optional<Path> folder = dialogs.chooseExportFolder(lastFolder());
        if (folder.isEmpty()) {
            return;
        }
        Map<String, String> files = content.filesByPath();
        ExportPlan plan;
        try {
            plan = FolderExport.plan(folder.get(), files);
        } catch (InputException e) {
            exportFailed(e);
            return;
        }
        String name = current.name();
        if (!plan.overwritesAnything()) {
            confirmAndExport(folder.get(), name, files, plan, new DiffResult(List.of()));
            return;
        }
        work.run(() -> DesignComparison.overwrites(folder.get(), plan, files),
                overwrites -> confirmAndExport(folder.get(), name, files, plan, overwrites),
                error -> confirmAndExport(folder.get(), name, files, plan, new DiffResult(List.of())));
    }

    /** Shows the plan and what changes in each overwritten file; writes (and prunes) when the user confirms. */
    private void confirmAndExport(Path folder, String name, Map<String, String> files, ExportPlan plan, DiffResult overwrites) {
        if (!dialogs.confirmExport(folder, plan, overwrites)) {
            return;
        }
        try {
            ExportPlan done = FolderExport.export(folder, name, files, true, true);
            StringBuilder message = new StringBuilder(text.get("ui.dialog.exported.message",
                    done.created().size(), done.changed().size(), done.unchanged().size(), folder.toString()));
            if (!done.stale().isEmpty()) {
                message.append('\n').append(text.get("ui.dialog.exported.removed", done.stale().size()));
            }
            if (!done.staleEdited().isEmpty()) {
                message.append('\n').append(text.get("ui.dialog.exported.leftInPlace", done.staleEdited().size()));
            }
            dialogs.showInfo(text.get("ui.dialog.exported.title"), message.toString());
        } catch (InputException e) {
            exportFailed(e);
        }
    }

    private void exportFailed(InputException e) {
        dialogs.showError(text.get("ui.dialog.exportFailed.title"), ProblemText.describe(e.problem(), text.language()));
    }

    /** Asks before unsaved changes are lost: true when the caller may go on (saved, discarded or nothing to lose). */
    public boolean confirmDiscard() {
        if (!dirty.get()) {
            return true;
        }
        return switch (dialogs.askToSaveChanges(displayName())) {
            case SAVE -> save();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    private Optional<Path> lastFolder() {
        Path current = file.get();
        if (current == null && !recentFiles.isEmpty()) {
            current = recentFiles.get(0);
        }
        return Optional.ofNullable(current).map(Path::toAbsolutePath).map(Path::getParent).filter(Files::isDirectory);
    }

    // ---- view

    public void setLanguage(Language language) {
        text.languageProperty().set(language);
        settings.setLanguage(language);
    }

    public void largerFont() {
        fontSize.set(UiSettings.clampFontSize(fontSize.get() + 1));
    }

    public void smallerFont() {
        fontSize.set(UiSettings.clampFontSize(fontSize.get() - 1));
    }

    public void resetFont() {
        fontSize.set(UiSettings.DEFAULT_FONT_SIZE);
    }

    /**
     * Shows what a finding's location points at: the form field for a design path; the statement
     * or resource (highlighted in the preview and explained) for {@code file#element}; the file for
     * a bare file name; the row of the access check for {@code access-matrix#N}.
     */
    public void showLocation(String location) {
        Optional<String> field = forms.fieldFor(location);
        if (field.isPresent()) {
            focusRequest.set(null);
            focusRequest.set(field.get());
            return;
        }
        if (location.startsWith(ACCESS_MATRIX)) {
            try {
                accessRowRequest.set(null);
                accessRowRequest.set(Integer.parseInt(location.substring(ACCESS_MATRIX.length())) - 1);
            } catch (NumberFormatException e) {
                // not a row number: nothing to show
            }
            return;
        }
        ElementRef.parse(location).ifPresent(ref -> {
            selectedElement.set(ref);
            highlightRequest.set(null);
            highlightRequest.set(ref);
        });
    }

    /** The user put the caret on a statement or resource in the preview. */
    public void selectElement(ElementRef ref) {
        selectedElement.set(ref);
    }

    private String displayName() {
        String name = design.get().name();
        return name.isBlank() ? text.get("ui.title.untitled") : name;
    }

    private String computeTitle() {
        if (design.get() == null) {
            return APP_NAME;
        }
        StringBuilder t = new StringBuilder();
        if (dirty.get()) {
            t.append("* ");
        }
        t.append(displayName());
        if (file.get() != null) {
            t.append(" (").append(file.get().getFileName()).append(')');
        }
        return t.append(" — ").append(APP_NAME).toString();
    }

    // ---- accessors

    public FormsViewModel forms() { return forms; }
    public ComparisonViewModel comparison() { return comparison; }
    public UiText text() { return text; }
    public Design design() { return design.get(); }
    public ReadOnlyObjectProperty<Design> designProperty() { return design.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<DesignerOutput> outputProperty() { return output.getReadOnlyProperty(); }
    public DesignerOutput output() { return output.get(); }
    public ReadOnlyObjectProperty<Path> fileProperty() { return file.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty dirtyProperty() { return dirty.getReadOnlyProperty(); }
    public boolean isDirty() { return dirty.get(); }
    public ReadOnlyBooleanProperty computingProperty() { return computing.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canUndoProperty() { return canUndo.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canRedoProperty() { return canRedo.getReadOnlyProperty(); }
    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }
    public ReadOnlyStringProperty failureProperty() { return failure.getReadOnlyProperty(); }
    public ObservableList<Path> recentFiles() { return readOnlyRecentFiles; }
    public IntegerProperty fontSizeProperty() { return fontSize; }
    public ObjectProperty<ElementRef> selectedElementProperty() { return selectedElement; }
    public ReadOnlyObjectProperty<ElementRef> highlightRequestProperty() { return highlightRequest.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<String> focusRequestProperty() { return focusRequest.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Integer> accessRowRequestProperty() { return accessRowRequest.getReadOnlyProperty(); }
    public UiSettings settings() { return settings; }

    /** True when the latest change of the design was typing in a text field (not a choice, undo or file). */
    public boolean changedByTyping() { return changedByTyping; }
}
