package dev.s3grant.ui.editing;

import dev.s3grant.analysis.Location;
import dev.s3grant.analysis.Location.AccessRowLocation;
import dev.s3grant.analysis.Location.FieldLocation;
import dev.s3grant.analysis.Location.FileElementLocation;
import dev.s3grant.analysis.Location.FileLocation;
import dev.s3grant.model.Design;
import dev.s3grant.model.Message;
import dev.s3grant.ui.background.BackgroundWork;
import dev.s3grant.ui.background.LatestWins;
import dev.s3grant.ui.common.EventStream;
import dev.s3grant.ui.forms.DesignEditor;
import dev.s3grant.ui.forms.FormsViewModel;
import dev.s3grant.ui.i18n.Trail;
import dev.s3grant.ui.i18n.UiText;
import dev.s3grant.ui.output.DesignEvaluator;
import dev.s3grant.ui.output.DesignerOutput;
import dev.s3grant.ui.preview.ElementRef;
import dev.s3grant.ui.preview.PreviewDocument;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The design being edited: the current {@link Design} snapshot, its undo history, and the
 * selection. Every change is sent to the {@link DesignEvaluator} in the background (the latest
 * change wins). Where the window should go once (a field, a statement, an access-check row) is
 * sent as a {@link Navigation} event. Files, the language and the font are other classes' jobs;
 * this one never touches nodes.
 */
public final class DesignerViewModel implements DesignEditor {

    /** How long the worker waits at most for the frame that shows the documents handed over first to be laid out. */
    private static final long FRAME_WAIT_MS = 100;
    /** The renderer's painting of that frame after its layout (one changed line: about 1.5 ms of CPU, measured). */
    private static final long PAINT_MS = 2;
    /**
     * After a typed key's frame, how long the worker waits for the next key before it computes the rest of the
     * output: a fast typist's pause between keys (80–100 ms), so that while someone types, only the policy in front
     * is computed for each key and the rest once for the last one (decision 0054).
     */
    static final long TYPING_PAUSE_MS = 100;

    private final UiText text;
    private final LatestWins<Design, DesignerOutput> preview;
    private final EditHistory history = new EditHistory(500);
    private final EventStream<Navigation> navigation = new EventStream<>();
    private final EventStream<List<PreviewDocument>> shownFirst = new EventStream<>();
    /** Whether the file at a path is in front now (read on the FX thread); until the window says, every file is. */
    private Predicate<String> inView = path -> true;
    /** Runs an action once the next pulse has laid out the window (set by the window; without one, at once). */
    private Consumer<Runnable> afterLayout = Runnable::run;

    // ---- properties
    private final ReadOnlyObjectWrapper<Design> design = new ReadOnlyObjectWrapper<>(this, "design");
    private final ReadOnlyObjectWrapper<DesignerOutput> output = new ReadOnlyObjectWrapper<>(this, "output");
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(this, "computing");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyObjectWrapper<Trail> undoTarget = new ReadOnlyObjectWrapper<>(this, "undoTarget");
    private final ReadOnlyObjectWrapper<Trail> redoTarget = new ReadOnlyObjectWrapper<>(this, "redoTarget");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", "");
    private final ObjectProperty<ElementRef> selectedElement = new SimpleObjectProperty<>(this, "selectedElement");
    private final FormsViewModel forms;
    private boolean changedByTyping;
    /** The latest design that typing made (written on the FX thread, read by the worker). */
    private volatile Design typed;
    /** Wakes the worker waiting in {@link #handOver}: notified for each new design and each laid-out frame. */
    private final Object wake = new Object();

    public DesignerViewModel(Design initial, DesignEvaluator evaluator, BackgroundWork work, UiText text) {
        this.text = text;
        this.preview = LatestWins.stoppable(work,
                (d, outdated) -> evaluator.evaluate(d, documents -> handOver(work, d, documents, outdated), outdated),
                this::showOutput, this::showFailure);
        this.forms = new FormsViewModel(initial, this);
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

    /** Takes back the latest edit and goes to the field it changed. */
    public void undo() {
        Optional<String> origin = history.undoOrigin();
        history.undo(design.get()).ifPresent(d -> {
            setDesign(d, null);
            origin.ifPresent(this::goToField);
        });
    }

    /** Makes the edit Undo took back again and goes to the field it changes. */
    public void redo() {
        Optional<String> origin = history.redoOrigin();
        history.redo(design.get()).ifPresent(d -> {
            setDesign(d, null);
            origin.ifPresent(this::goToField);
        });
    }

    private void goToField(String origin) {
        forms.fieldFor(origin).ifPresent(path -> navigation.send(new Navigation.ToField(path)));
    }

    /** What an edit of {@code origin} changed, in words: a field's trail, or adding or removing a writer. */
    private Trail describeEdit(String origin) {
        if (origin.equals(FormsViewModel.ADD_WRITER)) {
            return Trail.of(Trail.text(Message.of("ui.writers.add")));
        }
        if (origin.equals(FormsViewModel.REMOVE_WRITER)) {
            return Trail.of(Trail.text(Message.of("ui.edit.removeWriter")));
        }
        return forms.trail(origin);
    }

    /** A design from a file, a new one or a restored one: no undo history and nothing selected. */
    public void replace(Design d) {
        history.clear();
        selectedElement.set(null);
        setDesign(d, null);
    }

    private void setDesign(Design d, String origin) {
        setDesign(d, origin, false);
    }

    private void setDesign(Design d, String origin, boolean typing) {
        changedByTyping = typing;
        typed = typing ? d : null;
        design.set(d);
        forms.refresh(d, origin);
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        undoTarget.set(history.undoOrigin().map(this::describeEdit).orElse(null));
        redoTarget.set(history.redoOrigin().map(this::describeEdit).orElse(null));
        computing.set(true);
        preview.submit(d);
        synchronized (wake) {
            wake.notifyAll();
        }
    }

    /**
     * Hands the documents the user looks at to the FX thread and lets the frame that shows them be laid out and
     * painted before the worker goes on with the rest of the output: on two cores the rest would take both while
     * that frame is due, and its output could land on the FX thread before the frame (decision 0054). Waits until
     * the window says the frame is laid out (at most {@link #FRAME_WAIT_MS}), then {@link #PAINT_MS}, and after a
     * typed key {@link #TYPING_PAUSE_MS} for the next key; stops waiting when a newer key has made the design
     * outdated, and the evaluation then stops too.
     */
    private void handOver(BackgroundWork work, Design d, List<PreviewDocument> documents, BooleanSupplier outdated) {
        AtomicBoolean laidOut = new AtomicBoolean();
        AtomicBoolean inFront = new AtomicBoolean();
        Runnable framed = () -> {
            synchronized (wake) {
                laidOut.set(true);
                wake.notifyAll();
            }
        };
        work.onUiThread(() -> {
            // a file handed over while another tab (the grant map) is in front has no frame to wait for, and the
            // tab in front waits for the whole output
            boolean painted = documents.stream().anyMatch(doc -> inView.test(doc.path()));
            inFront.set(painted);
            if (showFirst(d, documents) && painted) {
                afterLayout.accept(framed);
            } else {
                framed.run();
            }
        });
        try {
            waitUntil(() -> laidOut.get() || outdated.getAsBoolean(), FRAME_WAIT_MS);
            if (inFront.get() && laidOut.get() && !outdated.getAsBoolean()) {
                Thread.sleep(PAINT_MS);
            }
            if (inFront.get() && typed == d) {
                // the next key of someone typing makes this design outdated: its rest is then never computed
                waitUntil(outdated, TYPING_PAUSE_MS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits on the worker until {@code done} or {@code millis} have passed; woken by each new design and frame. */
    private void waitUntil(BooleanSupplier done, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        synchronized (wake) {
            for (long left = millis; !done.getAsBoolean() && left > 0;
                    left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())) {
                wake.wait(left);
            }
        }
    }

    /**
     * Tells which file is in front now, so that the worker waits for a frame only when a file it handed over is
     * painted in it, and how to wait for the next pulse's layout (both called on the FX thread, used there).
     */
    public void showFirstInView(Predicate<String> inView, Consumer<Runnable> afterLayout) {
        this.inView = inView;
        this.afterLayout = afterLayout;
    }

    /** The files the user looks at, ready before the rest of the output: sent while {@code d} is still the design. */
    private boolean showFirst(Design d, List<PreviewDocument> documents) {
        if (design.get() != d) {
            return false;
        }
        shownFirst.send(documents);
        return true;
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

    // ---- selection and navigation

    /**
     * Shows what a finding's location points at: the form field of a design field (or of its
     * nearest parent a form shows); the statement or resource (highlighted in the preview and
     * explained) of a file element; the file of a file location; the row of the access check.
     */
    public void showLocation(Location location) {
        navigationTo(location).ifPresent(to -> {
            if (to instanceof Navigation.ToElement element) {
                selectedElement.set(element.ref());
            }
            navigation.send(to);
        });
    }

    /**
     * Selects the first of an access-check row's deciding statements ({@code file#Sid}) in the
     * preview, so its explanation shows; nothing when the row has none (nothing allowed it).
     */
    public void showDecidingStatement(List<String> deciding) {
        deciding.stream().filter(label -> label.indexOf('#') > 0).findFirst().ifPresent(label -> {
            int hash = label.lastIndexOf('#');
            showLocation(new FileElementLocation(label.substring(0, hash), label.substring(hash + 1)));
        });
    }

    /** Where the window goes for {@code location}; empty for a design field no form shows. */
    public Optional<Navigation> navigationTo(Location location) {
        return location.match(new Location.Cases<>() {
            @Override
            public Optional<Navigation> field(FieldLocation field) {
                return forms.fieldFor(field.path()).map(Navigation.ToField::new);
            }

            @Override
            public Optional<Navigation> fileElement(FileElementLocation element) {
                return Optional.of(new Navigation.ToElement(
                        new ElementRef(PreviewDocument.fileName(element.file()), element.element())));
            }

            @Override
            public Optional<Navigation> file(FileLocation file) {
                return Optional.of(new Navigation.ToElement(new ElementRef(PreviewDocument.fileName(file.file()), "")));
            }

            @Override
            public Optional<Navigation> accessRow(AccessRowLocation row) {
                return Optional.of(new Navigation.ToAccessRow(row.number() - 1));
            }
        });
    }

    /** Selects the statement or resource, shows it in the preview and explains it (the grant map's way in). */
    public void showElement(ElementRef ref) {
        selectedElement.set(ref);
        navigation.send(new Navigation.ToElement(ref));
    }

    /**
     * Where {@code location} is, in the window's words and the user's language: the form's section
     * (or writer) and label of a design field, the file and statement of an element, the row of the
     * access check.
     */
    public Trail describe(Location location) {
        return location.match(new Location.Cases<>() {
            @Override
            public Trail field(FieldLocation field) {
                return forms.trail(field.path());
            }

            @Override
            public Trail fileElement(FileElementLocation element) {
                return Trail.of(Trail.literal(PreviewDocument.fileName(element.file())), Trail.literal(element.element()));
            }

            @Override
            public Trail file(FileLocation file) {
                return Trail.of(Trail.literal(PreviewDocument.fileName(file.file())));
            }

            @Override
            public Trail accessRow(AccessRowLocation row) {
                return Trail.of(Trail.text(Message.of("ui.tab.access")),
                        Trail.text(Message.of("ui.location.accessRow", String.valueOf(row.number()))));
            }
        });
    }

    /** The user put the caret on a statement or resource in the preview. */
    public void selectElement(ElementRef ref) {
        selectedElement.set(ref);
    }

    // ---- accessors

    public FormsViewModel forms() { return forms; }
    public UiText text() { return text; }
    public Design design() { return design.get(); }
    public ReadOnlyObjectProperty<Design> designProperty() { return design.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<DesignerOutput> outputProperty() { return output.getReadOnlyProperty(); }
    public DesignerOutput output() { return output.get(); }
    public ReadOnlyBooleanProperty computingProperty() { return computing.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canUndoProperty() { return canUndo.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canRedoProperty() { return canRedo.getReadOnlyProperty(); }
    /** What Undo would take back, in words ({@code Writer A2 › Role name}); {@code null} when nothing or unknown. */
    public ReadOnlyObjectProperty<Trail> undoTargetProperty() { return undoTarget.getReadOnlyProperty(); }
    /** What Redo would make again, in words; {@code null} when nothing or unknown. */
    public ReadOnlyObjectProperty<Trail> redoTargetProperty() { return redoTarget.getReadOnlyProperty(); }
    public ReadOnlyStringProperty failureProperty() { return failure.getReadOnlyProperty(); }
    public ObjectProperty<ElementRef> selectedElementProperty() { return selectedElement; }
    /** One-shot requests to show a field, a statement or an access-check row. */
    public EventStream<Navigation> navigation() { return navigation; }
    /**
     * The documents of the files the user looks at, for the latest design, before its output: the preview shows
     * them at once; the output, with every file, the findings and the access check, follows (decision 0048).
     */
    public EventStream<List<PreviewDocument>> shownFirst() { return shownFirst; }

    /** True when the latest change of the design was typing in a text field (not a choice, undo or file). */
    public boolean changedByTyping() { return changedByTyping; }
}
