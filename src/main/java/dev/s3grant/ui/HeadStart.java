package dev.s3grant.ui;

import dev.s3grant.app.DesignStore;
import dev.s3grant.app.ExportContent;
import dev.s3grant.io.InputException;
import dev.s3grant.model.Design;
import dev.s3grant.model.Language;
import dev.s3grant.text.Localizer;
import dev.s3grant.ui.output.DesignEvaluator;
import dev.s3grant.ui.output.DesignerOutput;
import dev.s3grant.ui.preview.PreviewDocument;
import dev.s3grant.ui.runtime.StartupMilestones;
import dev.s3grant.ui.settings.PreferencesSettingsStore;
import dev.s3grant.ui.settings.UiSettings;
import java.nio.file.Path;
import java.text.Bidi;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What the window needs for its first frames and can get without JavaFX, begun on a thread of its
 * own as soon as the JavaFX toolkit has started (decisions 0049, 0058, 0059), while the FX thread
 * draws the window's outline: the settings (read first: the outline needs them), the window's texts
 * in its language, the design the window shows first (the file it opens, else the built-in example)
 * and its first evaluation, then the built-in example when a file was named. The window takes each
 * part when it needs it, waiting for it if it is not ready yet; as an evaluator it answers the first
 * request for that design with the evaluation already made, and every other request as the
 * evaluator it wraps.
 */
final class HeadStart implements DesignEvaluator {

    private final DesignEvaluator evaluator;
    private final CompletableFuture<UiSettings> settings;
    private final CompletableFuture<Design> example;
    /** The design the window shows first: the opened file's, else the example; null when the file cannot be read. */
    private final CompletableFuture<Design> first;
    private final CompletableFuture<DesignerOutput> firstOutput;
    private final AtomicBoolean answered = new AtomicBoolean();

    private HeadStart(DesignEvaluator evaluator, CompletableFuture<UiSettings> settings, CompletableFuture<Design> example,
                      CompletableFuture<Design> first, CompletableFuture<DesignerOutput> firstOutput) {
        this.evaluator = evaluator;
        this.settings = settings;
        this.example = example;
        this.first = first;
        this.firstOutput = firstOutput;
    }

    /**
     * Begins the work on a daemon thread named {@code s3grant-head-start}.
     *
     * @param opened the design file the window opens, if any
     * @param readSettings reads the window's settings
     * @param evaluator what evaluates designs; the first evaluation runs on the new thread
     */
    static HeadStart begin(Optional<Path> opened, Supplier<UiSettings> readSettings, DesignEvaluator evaluator) {
        CompletableFuture<UiSettings> settings = new CompletableFuture<>();
        CompletableFuture<Design> example = new CompletableFuture<>();
        CompletableFuture<Design> first = new CompletableFuture<>();
        CompletableFuture<DesignerOutput> firstOutput = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            UiSettings read = complete(settings, readSettings);
            StartupMilestones.mark("settings read");
            if (read != null) {
                readTexts(DesignerApp.language(read));
                StartupMilestones.mark("texts read");
            }
            prepareTextLayout();
            // A named file is read and evaluated before the example, which the window needs only if the file
            // cannot be read.
            Design shown = opened.isPresent()
                    ? complete(first, () -> readOrNull(opened.get()))
                    : complete(example, DesignStore::example);
            if (opened.isEmpty()) {
                first.complete(shown);
            }
            if (shown != null) {
                Design design = shown;
                complete(firstOutput, () -> evaluator.evaluate(design));
            } else {
                firstOutput.complete(null);
            }
            StartupMilestones.mark("design evaluated");
            if (opened.isPresent()) {
                complete(example, DesignStore::example);
            }
        }, "s3grant-head-start");
        thread.setDaemon(true);
        thread.start();
        return new HeadStart(evaluator, settings, example, first, firstOutput);
    }

    /** The window's usual head start: its settings in the user's preferences, and the façade's evaluation. */
    static HeadStart begin(Optional<Path> opened, DesignEvaluator evaluator) {
        return begin(opened, () -> new UiSettings(PreferencesSettingsStore.forDesigner(), Locale.getDefault()), evaluator);
    }

    private static <T> T complete(CompletableFuture<T> future, Supplier<T> work) {
        try {
            T value = work.get();
            future.complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            future.completeExceptionally(e);
            return null;
        }
    }

    /**
     * Reads the window's texts in its language, which the preview's first frame needs (decision 0059), and formats
     * a number once: the first number formatted links the number formats' type switch, which takes a few
     * milliseconds better spent here than on the FX thread.
     */
    private static void readTexts(Language language) {
        try {
            Localizer.of(language).format("ui.preview.size.bytes", 0, 0, 0);
        } catch (RuntimeException e) {
            // the FX thread reads them again and says what is wrong
        }
    }

    /**
     * Runs once the JDK's own code that JavaFX's first text layout runs, so that the FX thread finds it linked and
     * initialised (decision 0059): JavaFX asks {@code Character.isIdeographic} through reflection for each character
     * of a text in a composite font, and the first reflective call links a method handle (about 10 ms); it splits
     * text into runs with {@code java.text.Bidi}, whose first use reads the Unicode tables.
     */
    private static void prepareTextLayout() {
        try {
            Character.class.getMethod("isIdeographic", int.class).invoke(null, (int) 'X');
        } catch (ReflectiveOperationException e) {
            // only time is lost: the FX thread links it when it needs it
        }
        new Bidi("X", Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
    }

    /** The design in {@code path}, or null: the window reads it again and tells the user what is wrong with it. */
    private static Design readOrNull(Path path) {
        try {
            return DesignStore.load(path);
        } catch (InputException e) {
            return null;
        }
    }

    /** The window's settings, read from the user's preferences; waits until they are. */
    UiSettings settings() {
        return settings.join();
    }

    /**
     * The design of the file the window opens, once read; empty when no file was named or it could
     * not be read (the window then reads it again and says why). Waits until it is read.
     */
    Optional<Design> opened() {
        Design design = first.exceptionally(e -> null).join();
        return design == null || design == example.exceptionally(e -> null).join() ? Optional.empty() : Optional.of(design);
    }

    /** The first evaluation of the design the window shows first, if it could be made; waits until it is. */
    Optional<DesignerOutput> firstOutput() {
        return Optional.ofNullable(firstOutput.exceptionally(e -> null).join());
    }

    /** The built-in example; waits until it is read. */
    Design example() {
        return example.join();
    }

    @Override
    public DesignerOutput evaluate(Design design) {
        return evaluate(design, shown -> { });
    }

    @Override
    public DesignerOutput evaluate(Design design, Consumer<List<PreviewDocument>> shownFirst) {
        return evaluate(design, shownFirst, () -> false);
    }

    /** The head start's output for its design the first time it is asked; else the wrapped evaluator's, shown files first. */
    @Override
    public DesignerOutput evaluate(Design design, Consumer<List<PreviewDocument>> shownFirst, BooleanSupplier unwanted) {
        if (!answered.get()) {
            Design early = first.exceptionally(e -> null).join();
            if (design.equals(early) && answered.compareAndSet(false, true)) {
                DesignerOutput output = firstOutput.exceptionally(e -> null).join();
                if (output != null) {
                    return output;
                }
            }
        }
        return evaluator.evaluate(design, shownFirst, unwanted);
    }

    @Override
    public Map<String, String> exportFiles(Design design) {
        return evaluator.exportFiles(design);
    }

    @Override
    public ExportContent export(Design design) {
        return evaluator.export(design);
    }
}
