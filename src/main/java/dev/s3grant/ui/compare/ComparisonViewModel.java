package dev.s3grant.ui.compare;

import dev.s3grant.app.AccessGate;
import dev.s3grant.app.DesignComparison;
import dev.s3grant.app.GateVerdict;
import dev.s3grant.app.OutputFile;
import dev.s3grant.app.ProblemText;
import dev.s3grant.diff.DiffResult;
import dev.s3grant.io.ExistingTerraform;
import dev.s3grant.io.InputException;
import dev.s3grant.io.InputProblem;
import dev.s3grant.ui.background.BackgroundWork;
import dev.s3grant.ui.background.LatestWins;
import dev.s3grant.ui.dialogs.DialogService;
import dev.s3grant.ui.i18n.UiText;
import dev.s3grant.ui.output.DesignerOutput;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

/**
 * File › Compare with Folder… / File…: the design's Terraform against existing {@code .tf} files,
 * by text and by meaning, kept up to date as the design changes. The existing files are read once
 * when the comparison starts (and again on {@link #reload()}); each new output of the preview
 * compares its files with them in the background, and the latest change wins. The design's files
 * are the ones the preview generated, never generated again (decision 0011). An unusable path is
 * reported once, in the user's language, and leaves the comparison shown before as it was.
 */
public final class ComparisonViewModel {

    private final ObservableValue<DesignerOutput> output;
    private final DialogService dialogs;
    private final UiText text;
    private final Supplier<Optional<Path>> lastFolder;
    private final LatestWins<Request, Outcome> comparisons;

    // Properties
    private final ReadOnlyObjectWrapper<Path> against = new ReadOnlyObjectWrapper<>(this, "against");
    private final ReadOnlyObjectWrapper<DiffResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(this, "computing");
    private final ReadOnlyObjectWrapper<GateVerdict> verdict = new ReadOnlyObjectWrapper<>(this, "verdict");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", "");
    private final ReadOnlyIntegerWrapper started = new ReadOnlyIntegerWrapper(this, "started");

    private ExistingTerraform existing;
    private Path reading;
    private java.util.function.Consumer<Path> rememberFolder = folder -> { };

    public ComparisonViewModel(ObservableValue<DesignerOutput> output, BackgroundWork work,
                        DialogService dialogs, UiText text, Supplier<Optional<Path>> lastFolder) {
        this.output = output;
        this.dialogs = dialogs;
        this.text = text;
        this.lastFolder = lastFolder;
        this.comparisons = new LatestWins<>(work, this::compute, this::apply, this::failed);
        output.addListener((o, old, now) -> {
            if (reading != null || existing != null) {
                submit();
            }
        });
    }

    /** Where the folder chosen for a comparison (a chosen file's folder) is remembered, so the next chooser starts there. */
    public void rememberFoldersWith(java.util.function.Consumer<Path> remember) {
        this.rememberFolder = remember;
    }

    // Commands

    /** Asks for a folder of existing Terraform and compares with its {@code .tf} files. */
    public void compareWithFolder() {
        dialogs.chooseTerraformFolder(startFolder()).ifPresent(folder -> {
            rememberFolder.accept(folder);
            compareWith(folder);
        });
    }

    /** Asks for one existing {@code .tf} file and compares the generated file of the same name with it. */
    public void compareWithFile() {
        dialogs.chooseTerraformFile(startFolder()).ifPresent(file -> {
            Path folder = file.toAbsolutePath().getParent();
            if (folder != null) {
                rememberFolder.accept(folder);
            }
            compareWith(file);
        });
    }

    /** Reads {@code path} (a {@code .tf} file or a folder) and compares the design with it. */
    public void compareWith(Path path) {
        reading = path;
        submit();
    }

    /** Reads the compared files again, after they changed on disk. */
    public void reload() {
        if (against.get() != null) {
            compareWith(against.get());
        }
    }

    /** Ends the comparison: the Diff tab goes away and design changes no longer compare. */
    public void close() {
        reading = null;
        existing = null;
        comparisons.submit(null);
        against.set(null);
        result.set(null);
        verdict.set(null);
        failure.set("");
        computing.set(false);
    }

    /** Compares the preview's latest files; before the preview's first output, its arrival does. */
    private void submit() {
        computing.set(true);
        DesignerOutput latest = output.getValue();
        if (latest == null) {
            return;
        }
        comparisons.submit(reading != null ? new Request(latest.files(), reading, null)
                : new Request(latest.files(), existing.path(), existing));
    }

    private Optional<Path> startFolder() {
        Path current = against.get();
        return current != null ? Optional.of(current.toAbsolutePath()) : lastFolder.get();
    }

    // Background work: reading (when asked) and comparing, on the worker

    private Outcome compute(Request request) {
        if (request == null) {
            return null;
        }
        ExistingTerraform files = request.existing();
        if (files == null) {
            try {
                files = DesignComparison.readExisting(request.path());
            } catch (InputException e) {
                return new Outcome(request.path(), null, null, null, e.problem());
            }
        }
        return new Outcome(request.path(), files, DesignComparison.against(request.files(), files),
                AccessGate.against(request.files(), files), null);
    }

    private void apply(Outcome outcome) {
        computing.set(comparisons.pending());
        reading = null;
        if (outcome.problem() != null) {
            dialogs.showError(text.get("ui.dialog.compareFailed.title"), ProblemText.describe(outcome.problem(), text.language()));
            return;
        }
        boolean fresh = existing == null || !outcome.path().equals(against.get()) || outcome.existing() != existing;
        existing = outcome.existing();
        failure.set("");
        against.set(outcome.path());
        verdict.set(outcome.verdict());
        result.set(outcome.result());
        if (fresh) {
            started.set(started.get() + 1);
        }
    }

    private void failed(Throwable error) {
        computing.set(comparisons.pending());
        reading = null;
        failure.set(text.get("ui.diff.failed", error.getClass().getSimpleName()));
    }

    // Accessors

    /** The compared file or folder; null when nothing is compared. */
    public ReadOnlyObjectProperty<Path> againstProperty() { return against.getReadOnlyProperty(); }
    /** The latest comparison; null when nothing is compared. */
    public ReadOnlyObjectProperty<DiffResult> resultProperty() { return result.getReadOnlyProperty(); }
    public DiffResult result() { return result.get(); }
    /** Whether the generated files allow more than the existing ones (decision 0033); null when nothing is compared. */
    public ReadOnlyObjectProperty<GateVerdict> verdictProperty() { return verdict.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty computingProperty() { return computing.getReadOnlyProperty(); }
    public ReadOnlyStringProperty failureProperty() { return failure.getReadOnlyProperty(); }
    /** Counts the comparisons started or reloaded, so the view can bring the Diff tab forward for each. */
    public ReadOnlyIntegerProperty startedProperty() { return started.getReadOnlyProperty(); }

    /** The design's generated files, and the existing files (null: read them from {@code path} first). */
    private record Request(List<OutputFile> files, Path path, ExistingTerraform existing) {
    }

    /** What the worker found: the files read and the comparison, or why the path cannot be used. */
    private record Outcome(Path path, ExistingTerraform existing, DiffResult result, GateVerdict verdict, InputProblem problem) {
    }
}
