package dev.s3grant.ui;

import dev.s3grant.app.DesignStore;
import dev.s3grant.model.Design;
import dev.s3grant.model.Language;
import dev.s3grant.ui.background.BackgroundWork;
import dev.s3grant.ui.background.DaemonDebouncer;
import dev.s3grant.ui.background.ExecutorBackgroundWork;
import dev.s3grant.ui.background.FxDebouncer;
import dev.s3grant.ui.dialogs.FxDialogService;
import dev.s3grant.ui.common.AfterFirstFrame;
import dev.s3grant.ui.common.HostOs;
import dev.s3grant.ui.files.DesignAutosaver;
import dev.s3grant.ui.files.WindowTitle;
import dev.s3grant.ui.fonts.ChosenFonts;
import dev.s3grant.ui.fonts.FontChoice;
import dev.s3grant.ui.fonts.FontStylesheet;
import dev.s3grant.ui.i18n.PlatformLocale;
import dev.s3grant.ui.i18n.UiText;
import dev.s3grant.ui.memory.ReleaseWhenIdle;
import dev.s3grant.ui.memory.UnusedMemoryRelease;
import dev.s3grant.ui.output.DesignerOutput;
import dev.s3grant.ui.output.FacadeEvaluator;
import dev.s3grant.ui.preview.CodeView;
import dev.s3grant.ui.preview.FileTabRule;
import dev.s3grant.ui.preview.PreviewPane;
import dev.s3grant.ui.runtime.StartupMilestones;
import dev.s3grant.ui.runtime.StartupTrace;
import dev.s3grant.ui.settings.UiSettings;
import dev.s3grant.ui.settings.WindowPlacement;
import dev.s3grant.ui.theme.Appearance;
import dev.s3grant.ui.theme.SystemAppearanceProbe;
import dev.s3grant.ui.theme.WindowThemes;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.text.Font;
import javafx.stage.Stage;

/**
 * The designer window. It opens on the built-in example (or on the design file given as the first
 * argument), in the language remembered from the last run; on the first run the system locale
 * decides, and {@code -Ds3grant.lang=ja|en} overrides both. Unsaved changes are autosaved to the
 * user's application-data folder ({@code -Ds3grant.dataDir=DIR} moves it) and offered back after
 * a crash. Once the window has been idle for ten seconds it gives unused memory back to the
 * system ({@code -Ds3grant.releaseMemoryAfterMillis=N} changes the wait, 0 turns it off). The theme
 * is the one chosen in View › Theme, "System" read from the operating system off the FX thread
 * (decision 0039); the fonts are chosen for the system at start-up, {@code -Ds3grant.fontFamily} and
 * {@code -Ds3grant.codeFontFamily} or the settings keys of the same names override them (decision 0040).
 * Once the toolkit has started, the settings, the design and its first evaluation are read on a
 * thread of their own (decisions 0049, 0058); the first frame is the window's outline, drawn before
 * any control exists; the next one shows the preview in the outline; then the window takes the
 * outline's place around the preview (decision 0058), and its other parts come one per frame, the
 * bars first (decision 0055).
 */
public final class DesignerApp extends Application {

    /** System property that picks the language for one run: {@code ja} or {@code en}. */
    public static final String LANGUAGE_PROPERTY = "s3grant.lang";
    /** System properties that pick the window's font families for one run (before the settings). */
    public static final String FONT_PROPERTY = "s3grant.fontFamily";
    public static final String CODE_FONT_PROPERTY = "s3grant.codeFontFamily";

    /** JavaFX's property for pulses per second (60 unless set). */
    public static final String PULSE_PROPERTY = "javafx.animation.pulse";
    /**
     * Pulses per second: twice JavaFX's 60, so that a preview change waits at most 8.3 ms for the
     * frame that draws it instead of 16.7 ms (decision 0045). {@code -Djavafx.animation.pulse=N} wins.
     */
    public static final int PULSES_PER_SECOND = 120;

    static {
        pacePulses();
    }

    private BackgroundWork work;
    private UiSettings settings;
    private Stage stage;
    /** Null until the window replaces its outline (decision 0058). */
    private DesignerWindow window;
    /** The preview's code view the outline shows before the window exists, and the output it shows a file of. */
    private CodeView outlineView;
    private DesignerOutput outlineOutput;
    /** The stylesheet of the fonts chosen for this system. */
    private String fonts;
    private DaemonDebouncer memoryQuiet;

    /** Sets the pulse rate unless the command line did; JavaFX reads it when its toolkit starts. */
    public static void pacePulses() {
        if (System.getProperty(PULSE_PROPERTY) == null) {
            System.setProperty(PULSE_PROPERTY, String.valueOf(PULSES_PER_SECOND));
        }
    }

    /**
     * Opens the window. Once the JavaFX toolkit has started, a thread of its own reads the settings
     * and the design and evaluates it on the second core (decisions 0049, 0058).
     */
    public static void launchWindow(String[] args) {
        StartupMilestones.mark("main");
        Application.launch(DesignerApp.class, args);
    }

    /** The language the window speaks: {@code -Ds3grant.lang}, else the one remembered in the settings. */
    static Language language(UiSettings settings) {
        return UiSettings.languageOf(System.getProperty(LANGUAGE_PROPERTY, "")).orElse(settings.language());
    }

    /** The design file the window opens: the first argument, if there is one and it is a path. */
    private static Optional<Path> designFile(List<String> args) {
        try {
            return args.isEmpty() ? Optional.empty() : Optional.of(Path.of(args.get(0)));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        StartupMilestones.mark("toolkit started");
        // Not before: while the toolkit starts, its own threads keep both cores busy (decision 0058).
        HeadStart early = HeadStart.begin(designFile(getParameters().getRaw()), new FacadeEvaluator());
        CompletableFuture<Appearance> systemAppearance = SystemAppearanceProbe.start();
        settings = early.settings();
        StartupMilestones.mark("settings read");
        // The first frame is the window's outline; the window itself is made after it (decision 0058).
        Appearance appearance = settings.theme().resolve(systemAppearance.getNow(Appearance.LIGHT));
        WindowPlacement place = WindowGeometry.open(stage, settings, WindowGeometry.screens(), p -> outline(p, appearance));
        stage.setTitle(WindowTitle.APP_NAME);
        Scene scene = stage.getScene();
        StartupTrace.installIfAsked(scene, this::previewShowsOutput, () -> window != null && window.completeProperty().get());
        stage.show();
        StartupMilestones.mark("stage shown");
        AfterFirstFrame.run(scene.getRoot(), () -> showPreview(early, systemAppearance, place, appearance));
    }

    /** Whether the preview, the outline's or the window's, shows a file of the design's output. */
    private boolean previewShowsOutput() {
        if (window != null) {
            return window.previewShowsOutput();
        }
        return outlineView != null && outlineOutput != null && outlineView.showsDocument()
                && outlineOutput.documents().contains(outlineView.document());
    }

    /** A scene of the window's outline, at the size and with the dividers of {@code place}. */
    private Scene outline(WindowPlacement place, Appearance appearance) {
        WindowSkeleton skeleton = new WindowSkeleton(WindowSkeleton.heights(settings.barHeights(), settings.fontSize()),
                WindowGeometry.dividers(place, settings), appearance);
        skeleton.setStyle("-fx-font-size: " + settings.fontSize() + "px;");
        return new Scene(skeleton, place.bounds().width(), place.bounds().height());
    }

    /**
     * Shows the preview's code in the outline, where the window's preview shows it, filled with the head start's
     * output, before the window exists: the window's stylesheets and fonts, and the code lines of the file in front
     * alone, with no control and no theme (decisions 0058, 0061). The window follows in the next frame, with the
     * theme, the preview's tabs and the file's header.
     */
    private void showPreview(HeadStart early, CompletableFuture<Appearance> systemAppearance, WindowPlacement place,
                             Appearance appearance) {
        UiText text = new UiText(language(settings));
        PlatformLocale.follow(text);
        // No theme yet: the outline's code lines are drawn by the window's own stylesheets, and no control is
        // made before the window sets the theme (decision 0061).
        Scene scene = stage.getScene();
        scene.getStylesheets().setAll(DesignerWindow.stylesheets(appearance));
        fonts = FontStylesheet.dataUrl(chosenFonts());
        scene.getStylesheets().add(fonts);
        StartupMilestones.mark("fonts chosen");
        // The file in front in a code view without the tab pane: the window's first frame puts it in the tab pane
        // (decision 0061). The tab strip's place stays empty until then.
        CodeView view = CodeView.outline(text);
        outlineOutput = early.firstOutput().orElse(null);
        if (outlineOutput != null) {
            FileTabRule.front(outlineOutput.documents()).ifPresent(view::show);
        }
        ((WindowSkeleton) scene.getRoot()).showPreview(view);
        outlineView = view;
        StartupMilestones.mark("preview built");
        AfterFirstFrame.run(view, () -> openWindow(early, systemAppearance, place, appearance, text, view));
    }

    /** Makes the window in place of its outline, with the outline's code view in its preview: the session, the window's root. */
    private void openWindow(HeadStart early, CompletableFuture<Appearance> systemAppearance, WindowPlacement place,
                            Appearance appearance, UiText text, CodeView view) {
        // The theme before the first control: a control's class loads JavaFX's own theme (Modena) when
        // no other is set yet, which the window would then only replace.
        WindowThemes.apply(appearance);
        StartupMilestones.mark("theme set");
        work = new ExecutorBackgroundWork("s3grant-preview", 1, Platform::runLater);
        FxDialogService dialogs = new FxDialogService(stage, text);
        // A design file named at start is the session's first design, read and evaluated by the head start.
        Optional<Design> opened = early.opened();
        DesignerSession session = new DesignerSession(opened.orElseGet(early::example), early, work, dialogs, settings, text);
        StartupMilestones.mark("session built");
        WindowThemes.follow(session.view().appearanceProperty());
        window = new DesignerWindow(session, dialogs, url -> getHostServices().showDocument(url), this::exit);
        PreviewPane preview = new PreviewPane(text);
        if (outlineOutput != null) {
            // The tab in front only, with the outline's code view: the window's first frame adds the others (decision 0060).
            preview.adoptFront(view, outlineOutput.documents());
        }
        window.usePreview(preview);
        StartupMilestones.mark("window built");
        Scene scene = stage.getScene();
        window.takeOver(scene);
        scene.getStylesheets().add(fonts);
        window.setDividerPositions(WindowGeometry.dividers(place, settings));
        // The window's first frame has the outline's preview in its place; the bars follow.
        window.preview();
        outlineView = null;
        systemAppearance.thenAccept(a -> Platform.runLater(() -> session.view().systemAppearanceProperty().set(a)));
        window.install(stage);
        designFile(getParameters().getRaw()).ifPresent(file -> {
            if (opened.isPresent()) {
                session.files().opened(opened.get(), file);
            } else {
                session.files().load(file);
            }
        });
        session.files().startAutosave(DesignStore.autosaveInUserDataFolder(), new FxDebouncer(DesignAutosaver.quietPeriod()));
        ReleaseWhenIdle.quietPeriod().ifPresent(quiet -> {
            memoryQuiet = new DaemonDebouncer("s3grant-memory", quiet);
            new ReleaseWhenIdle(memoryQuiet, () -> new UnusedMemoryRelease().release()).follow(session.editor().outputProperty());
        });
        StartupMilestones.mark("window in place");
    }

    /** The fonts for this system: a family asked for by property or setting where installed, else the first of the system's list. */
    private ChosenFonts chosenFonts() {
        // On the FX thread: JavaFX's font factory lists the families without a lock, from maps that
        // creating a font on the FX thread fills (decision 0049).
        Set<String> families = Set.copyOf(Font.getFamilies());
        StartupMilestones.mark("font families read");
        return FontChoice.choose(HostOs.current(), families,
                property(FONT_PROPERTY).or(settings::fontFamily), property(CODE_FONT_PROPERTY).or(settings::codeFontFamily));
    }

    private static Optional<String> property(String name) {
        return Optional.ofNullable(System.getProperty(name)).map(String::trim).filter(v -> !v.isEmpty());
    }

    /** Closes the window once the user may quit: remembers where it was, then stops the application. */
    private void exit() {
        WindowGeometry.remember(stage, window, settings);
        stage.close();
        Platform.exit();
    }

    @Override
    public void stop() {
        if (memoryQuiet != null) {
            memoryQuiet.close();
        }
        if (work != null) {
            work.close();
        }
    }
}
