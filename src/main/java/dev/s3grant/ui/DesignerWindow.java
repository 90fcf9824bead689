package dev.s3grant.ui;

import dev.s3grant.ui.background.Debouncer;
import dev.s3grant.ui.background.FxDebouncer;
import dev.s3grant.ui.common.AfterFirstFrame;
import dev.s3grant.ui.common.KeptProportion;
import dev.s3grant.ui.common.OnePartPerFrame;
import dev.s3grant.ui.common.PartSlot;
import dev.s3grant.ui.compare.ComparisonTab;
import dev.s3grant.ui.dialogs.DialogService;
import dev.s3grant.ui.existing.ExistingCheckWindow;
import dev.s3grant.ui.explainany.PolicyExplanationWindow;
import dev.s3grant.ui.editing.DesignerViewModel;
import dev.s3grant.ui.editing.Navigation;
import dev.s3grant.ui.files.WindowTitle;
import dev.s3grant.ui.forms.FormsView;
import dev.s3grant.ui.i18n.UiText;
import dev.s3grant.ui.map.GrantMapView;
import dev.s3grant.ui.output.DesignerOutput;
import dev.s3grant.ui.panes.AccessMatrixView;
import dev.s3grant.ui.panes.ExplanationPane;
import dev.s3grant.ui.panes.FindingsTable;
import dev.s3grant.ui.panes.LinkOpener;
import dev.s3grant.ui.panes.StatusBar;
import dev.s3grant.ui.preview.CodeView;
import dev.s3grant.ui.preview.ElementRef;
import dev.s3grant.ui.preview.PreviewPane;
import dev.s3grant.ui.settings.BarHeights;
import dev.s3grant.ui.theme.WindowThemes;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The designer's scene graph: menus on top, the forms left, the live preview right, findings,
 * access check and explanation below, the status bar at the bottom. It binds the views to the
 * view-model and forwards their events; it holds no state of its own.
 */
public final class DesignerWindow {

    public static final String STYLESHEET = "/dev/s3grant/ui/designer.css";

    /** How long typing must pause before the explanation follows the design (see decision 0012). */
    public static final Duration EXPLANATION_PAUSE = Duration.ofMillis(250);

    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO_SHIFT =
            new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    /** The dividers' first positions: forms | preview, findings | explanation, upper | lower. */
    public static final double[] DEFAULT_DIVIDERS = {0.34, 0.58, 0.68};
    /** The share of the height the upper half takes at least while the Diff tab is shown. */
    static final double DIFF_HEIGHT_SHARE = 0.88;

    private final DesignerSession session;
    private final DesignerViewModel vm;
    private final UiText text;
    private final DialogService dialogs;
    private final LinkOpener links;
    private final BorderPane root = new BorderPane();
    /*
     * The parts below are built one per frame after the first frame (decision 0055), or at once by
     * their getter when something needs them earlier; until then their slot shows a placeholder of
     * the same size and background.
     */
    private MainMenuBar menuBar;
    private MainToolBar toolBar;
    private FormsView forms;
    private PreviewPane preview;
    /** A preview built before the window, for {@link #preview()} to take (decision 0058). */
    private PreviewPane premadePreview;
    private FindingsTable findings;
    private TabPane lowerTabs;
    /** Built when its tab is first shown or a finding asks for one of its rows. */
    private AccessMatrixView access;
    private ExplanationPane explanation;
    private StatusBar status;
    /* The bars' places: as high as WindowSkeleton draws them, until the bars come (decision 0058). */
    private final PartSlot barsSlot;
    private final PartSlot statusSlot;
    /** Whether the user has clicked or typed in the window: the keyboard focus is then theirs. */
    private boolean focusChosen;
    private final PartSlot formsSlot = new PartSlot("forms-placeholder");
    private final PartSlot previewSlot = new PartSlot("preview-placeholder");
    private final PartSlot lowerTabsSlot = new PartSlot("lower-tabs-placeholder");
    private final PartSlot explanationSlot = new PartSlot("explanation-placeholder");
    private final OnePartPerFrame parts = new OnePartPerFrame();
    private final Tab findingsTab = new Tab();
    private final Tab accessTab = new Tab();
    private final Tab mapTab = new Tab();
    /** Built when the Grant map tab is first shown or a caller asks for it. */
    private GrantMapView map;
    private final SplitPane main;
    private final KeptProportion topDivider;
    private final KeptProportion lowerDivider;
    private final KeptProportion mainDivider;
    /** Where the upper | lower divider was before the Diff tab was shown and moved it down; NaN when it did not. */
    private double dividerBeforeDiff = Double.NaN;
    /** Built when the first comparison starts. */
    private ComparisonTab diffTab;
    private PolicyExplanationWindow policyWindow;
    private final Runnable quit;
    private final Debouncer explanationPause;
    /** Whether the explanation pane has shown an output yet: the first one it shows at once. */
    private boolean explained;
    /** The output whose access-check mismatches {@link #counted} holds: counted once per output, not per status update. */
    private DesignerOutput countedOutput;
    private long counted;

    /**
     * @param exit what closes the application once the user may quit (File › Quit or the close
     *             button, after unsaved changes were saved or discarded)
     */
    public DesignerWindow(DesignerSession session, DialogService dialogs, LinkOpener links, Runnable exit) {
        this(session, dialogs, links, exit, new FxDebouncer(EXPLANATION_PAUSE));
    }

    /** @param explanationPause waits for typing to pause before the explanation follows the design */
    DesignerWindow(DesignerSession session, DialogService dialogs, LinkOpener links, Runnable exit, Debouncer explanationPause) {
        this.session = session;
        this.vm = session.editor();
        this.text = session.text();
        this.dialogs = dialogs;
        this.links = links;
        this.explanationPause = explanationPause;
        this.quit = () -> {
            if (session.files().quit()) {
                exit.run();
            }
        };
        BarHeights bars = WindowSkeleton.heights(session.view().barHeights(), session.view().fontSizeProperty().get());
        barsSlot = new PartSlot("bars-placeholder", bars.top());
        statusSlot = new PartSlot("status-placeholder", bars.bottom());
        root.getStyleClass().add("designer");
        root.setId("designer-root");
        ExistingCheckWindow.attach(session.existingCheck(), text,
                () -> root.getScene() == null ? null : root.getScene().getWindow());
        session.policyExplanation().opened().subscribe(opened -> {
            policyWindow = new PolicyExplanationWindow(root.getScene() == null ? null : root.getScene().getWindow(), opened, text,
                    links, root.getScene() == null ? stylesheets() : java.util.List.copyOf(root.getScene().getStylesheets()));
            policyWindow.show();
        });

        mapTab.textProperty().bind(text.text("ui.tab.map"));
        mapTab.setClosable(false);
        mapTab.setId("tab-map");
        mapTab.setTooltip(new javafx.scene.control.Tooltip());
        mapTab.getTooltip().textProperty().bind(text.text("ui.tab.map.tip"));
        // The map is drawn while its tab is shown: a hidden map costs the keystroke nothing.
        mapTab.selectedProperty().addListener((o, old, selected) -> {
            if (selected) {
                map().setShowing(true);
            } else if (map != null) {
                map.setShowing(false);
            }
        });
        findingsTab.setClosable(false);
        findingsTab.setId("tab-findings");
        accessTab.textProperty().bind(text.text("ui.tab.access"));
        accessTab.setClosable(false);
        accessTab.setId("tab-access");
        findingsTab.textProperty().bind(Bindings.createStringBinding(
                () -> text.get("ui.tab.findings", vm.output() == null ? 0 : vm.output().findings().size()),
                text.languageProperty(), vm.outputProperty()));
        // The forms keep their fields usable at this width; their placeholder holds the divider there too.
        formsSlot.setMinWidth(FormsView.MIN_WIDTH);

        // Every pane resizes with the window, so the dividers keep their proportions: a window
        // opened small and then enlarged never keeps the small window's panes.
        SplitPane top = new SplitPane(formsSlot, previewSlot);
        top.setId("split-top");
        SplitPane lower = new SplitPane(lowerTabsSlot, explanationSlot);
        lower.setId("split-lower");
        main = new SplitPane(top, lower);
        main.setId("split-main");
        main.setOrientation(Orientation.VERTICAL);
        topDivider = new KeptProportion(top, DEFAULT_DIVIDERS[0]);
        lowerDivider = new KeptProportion(lower, DEFAULT_DIVIDERS[1]);
        mainDivider = new KeptProportion(main, DEFAULT_DIVIDERS[2]);

        root.setTop(barsSlot);
        root.setCenter(main);
        root.setBottom(statusSlot);
        root.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> focusChosen = true);
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> focusChosen = true);
        root.styleProperty().bind(Bindings.format("-fx-font-size: %dpx;", session.view().fontSizeProperty()));

        vm.outputProperty().addListener((o, old, out) -> show(out));
        vm.shownFirst().subscribe(documents -> {
            if (preview != null) {
                preview.updateSome(documents);
            }
        });
        // before the preview is built nothing is in view, so the worker never waits for it
        vm.showFirstInView(path -> preview != null && preview.inView(path), done -> {
            if (preview != null) {
                preview.afterLayout(done);
            } else {
                done.run();
            }
        });
        vm.computingProperty().addListener((o, old, v) -> updateStatus());
        vm.failureProperty().addListener((o, old, v) -> updateStatus());
        vm.selectedElementProperty().addListener((o, old, v) -> updateExplanation());
        vm.navigation().subscribe(this::navigate);
        session.comparison().againstProperty().addListener((o, old, path) -> {
            if (path == null && diffTab != null) {
                preview().removeExtra(diffTab);
            }
        });
        session.comparison().startedProperty().addListener((o, old, n) -> preview().showExtra(diffTab()));

        // The order of the parts after the first frame, measured in decision 0055: what the user reads first comes first.
        parts.add("preview", () -> preview == null && preview() != null)
                .add("bars", this::bars)
                .add("forms", () -> forms == null && forms() != null)
                .add("findings", () -> lowerTabs == null && lowerTabs() != null)
                .add("explanation", () -> explanation == null && explanation() != null);
        parts.startAfterFirstFrame(root);
    }

    /**
     * Puts the menu bar, the toolbar and the status bar in their places, unless they are there; once
     * they are laid out, the keyboard focus starts on the toolbar's language button, as it did when
     * the window came in one piece (JavaFX gave it to the preview, the first part that could take
     * it), unless the user has clicked or typed first. Says whether it put them there now.
     */
    private boolean bars() {
        if (barsSlot.filled()) {
            return false;
        }
        barsSlot.fill(new VBox(menuBar(), toolBar()));
        statusSlot.fill(status());
        AfterFirstFrame.run(toolBar, () -> {
            if (!focusChosen) {
                toolBar.focusLanguage();
            }
        });
        return true;
    }

    /** The bars' heights as laid out now, once the bars are there, for the next start's first frame. */
    Optional<BarHeights> barHeights() {
        if (!barsSlot.filled() || barsSlot.getHeight() <= 0) {
            return Optional.empty();
        }
        int fontSize = session.view().fontSizeProperty().get();
        double code = preview == null ? 0 : preview.codeTop();
        if (code <= 0) {
            // No file in front (the grant map): the code's place as remembered at this font size, else estimated.
            code = WindowSkeleton.heights(session.view().barHeights(), fontSize).code();
        }
        return Optional.of(new BarHeights(fontSize, barsSlot.getHeight(), statusSlot.getHeight(), code));
    }

    /**
     * Makes {@code built} the window's preview, when the window builds its preview: a preview the
     * window's outline showed before the window existed (decision 0058). Call it before {@link #preview()}.
     */
    public void usePreview(PreviewPane built) {
        if (preview == null) {
            premadePreview = built;
        }
    }

    /** The preview, built and filled with the latest output on first need. */
    public PreviewPane preview() {
        if (preview == null) {
            preview = premadePreview != null ? premadePreview : new PreviewPane(text);
            premadePreview = null;
            preview.getSelectionModel().selectedItemProperty().addListener((o, old, tab) -> giveTheDiffTheHeight(old, tab));
            preview.setOnCaretElement(vm::selectElement);
            if (vm.output() != null) {
                preview.update(vm.output().documents());
                preview.showAfterFiles(mapTab);
            }
            previewSlot.fill(preview);
        }
        return preview;
    }

    /** The forms, built on first need. */
    public FormsView forms() {
        if (forms == null) {
            forms = new FormsView(vm.forms(), text);
            formsSlot.fill(forms);
        }
        return forms;
    }

    /** The findings table, built (with the lower tabs) on first need. */
    public FindingsTable findings() {
        lowerTabs();
        return findings;
    }

    /** The findings and access-check tabs, built and filled with the latest output on first need. */
    private TabPane lowerTabs() {
        if (lowerTabs == null) {
            findings = new FindingsTable(text);
            findings.setOnOpen(f -> vm.showLocation(f.location()));
            findings.setLocationText(location -> vm.describe(location).render(text));
            findingsTab.setContent(findings);
            lowerTabs = new TabPane(findingsTab, accessTab);
            // The access check is built and filled when its tab is shown: a hidden table would still be
            // styled when the window opens and laid out on every keystroke.
            accessTab.selectedProperty().addListener((o, old, selected) -> {
                if (selected && vm.output() != null) {
                    access().show(vm.output().access());
                }
            });
            lowerTabs.getStyleClass().add("lower-tabs");
            DesignerOutput out = vm.output();
            if (out != null) {
                findings.show(out.findings(), out::acceptedReason);
            }
            lowerTabsSlot.fill(lowerTabs);
        }
        return lowerTabs;
    }

    /** The explanation, built and filled on first need. */
    public ExplanationPane explanation() {
        if (explanation == null) {
            explanation = new ExplanationPane(text, links);
            updateExplanation();
            explanationSlot.fill(explanation);
        }
        return explanation;
    }

    /** Builds every part the window has not built yet, now: a test or a caller that needs the complete window. */
    public void complete() {
        parts.completeNow();
    }

    /** True once every part of the window is built (decision 0055); the frame after that shows the complete window. */
    public javafx.beans.value.ObservableBooleanValue completeProperty() {
        return parts.completeProperty();
    }

    /** Whether the preview's visible code view shows a file of the latest output: the first frame with the preview. */
    public boolean previewShowsOutput() {
        DesignerOutput out = vm.output();
        return preview != null && out != null && preview.shows(out.documents());
    }

    /**
     * While the Diff tab is shown, the upper half takes most of the window's height, as an IDE's
     * diff does; leaving the tab puts the divider back where it was, unless the user moved it.
     */
    private void giveTheDiffTheHeight(Tab old, Tab now) {
        if (diffTab == null) {
            return;
        }
        if (now == diffTab && Double.isNaN(dividerBeforeDiff)) {
            double before = mainDivider.position();
            if (before < DIFF_HEIGHT_SHARE) {
                dividerBeforeDiff = before;
                mainDivider.set(DIFF_HEIGHT_SHARE);
            }
        } else if (old == diffTab && now != diffTab && !Double.isNaN(dividerBeforeDiff)) {
            if (Math.abs(mainDivider.position() - DIFF_HEIGHT_SHARE) < 0.01) {
                mainDivider.set(dividerBeforeDiff);
            }
            dividerBeforeDiff = Double.NaN;
        }
    }

    /** F7 and Shift+F7, wherever the focus is, while the Diff tab is open: next and previous change. */
    private boolean goToChange(KeyEvent e) {
        if (e.getCode() != KeyCode.F7 || diffTab == null || preview == null || !preview.getTabs().contains(diffTab)
                || e.isShortcutDown() || e.isAltDown()) {
            return false;
        }
        preview.getSelectionModel().select(diffTab);
        if (e.isShiftDown()) {
            diffTab.view().model().previousChange();
        } else {
            diffTab.view().model().nextChange();
        }
        return true;
    }

    /** The proportions of the three dividers, as {@link #DEFAULT_DIVIDERS} orders them. */
    public double[] dividerPositions() {
        return new double[] {topDivider.position(), lowerDivider.position(), mainDivider.position()};
    }

    /** The divider positions to remember: with the upper | lower divider where it was before the Diff tab moved it. */
    double[] restingDividerPositions() {
        double[] positions = dividerPositions();
        if (!Double.isNaN(dividerBeforeDiff)) {
            positions[2] = dividerBeforeDiff;
        }
        return positions;
    }

    /** Puts the three dividers at {@code positions} (fractions of each pane, as {@link #dividerPositions()} gives them). */
    public void setDividerPositions(double[] positions) {
        topDivider.set(positions[0]);
        lowerDivider.set(positions[1]);
        mainDivider.set(positions[2]);
    }

    /** Goes where the view-model asks once: a form field, a statement in the preview, a row of the access check. */
    private void navigate(Navigation to) {
        if (to instanceof Navigation.ToField f) {
            forms().focus(f.fieldPath());
        } else if (to instanceof Navigation.ToElement e) {
            preview().highlight(e.ref());
        } else if (to instanceof Navigation.ToAccessRow a) {
            int row = a.row();
            if (row >= 0 && vm.output() != null && row < vm.output().access().size()) {
                lowerTabs().getSelectionModel().select(accessTab);
                access().getSelectionModel().clearAndSelect(row);
                access().scrollTo(row);
            }
        }
    }

    private void show(DesignerOutput out) {
        if (out == null) {
            return;
        }
        if (preview != null) {
            preview.update(out.documents());
            preview.showAfterFiles(mapTab);
        }
        if (findings != null) {
            findings.show(out.findings(), out::acceptedReason);
        }
        if (accessTab.isSelected()) {
            access().show(out.access());
        }
        updateStatus();
        // Typing changes the design on every keystroke; laying out the explanation's wrapped texts
        // each time would delay the preview, so the explanation follows once typing pauses.
        if (explained && vm.changedByTyping()) {
            explanationPause.restart(this::updateExplanation);
        } else {
            updateExplanation();
        }
    }

    private void updateStatus() {
        if (status == null) {
            return;
        }
        DesignerOutput out = vm.output();
        status.show(out == null ? java.util.Map.of() : out.counts(), out == null ? 0 : out.access().size(),
                mismatches(out), vm.computingProperty().get(), vm.failureProperty().get());
    }

    private long mismatches(DesignerOutput out) {
        if (out == null) {
            return 0;
        }
        if (out != countedOutput) {
            countedOutput = out;
            counted = out.mismatches();
        }
        return counted;
    }

    /** Shows the explanation of the selected element (or the overview) in the latest output, now. */
    private void updateExplanation() {
        explanationPause.cancel();
        if (explanation == null) {
            return;
        }
        DesignerOutput out = vm.output();
        ElementRef ref = vm.selectedElementProperty().get();
        if (out == null) {
            explanation.show(ref, Optional.empty());
            return;
        }
        explained = true;
        explanation.show(ref, ref == null ? out.overview() : out.explanation(ref));
    }

    /** The window's palette for the current appearance, then its own stylesheet. */
    private java.util.List<String> stylesheets() {
        return stylesheets(session.view().appearance());
    }

    /** The palette of {@code appearance}, then the window's own stylesheet. */
    static java.util.List<String> stylesheets(dev.s3grant.ui.theme.Appearance appearance) {
        return java.util.List.of(appearance.paletteStylesheet(),
                Objects.requireNonNull(DesignerWindow.class.getResource(STYLESHEET)).toExternalForm());
    }

    /**
     * A scene with the palette and the stylesheet, the palette following View › Theme, and the undo
     * and redo keys (and F7 / Shift+F7 while the Diff tab is open) taken before text fields see them.
     */
    public Scene createScene(double width, double height) {
        Scene scene = new Scene(root, width, height);
        takeOver(scene);
        return scene;
    }

    /**
     * Makes {@code scene} the window's, as {@link #createScene} does: its root (in place of the
     * window's outline: decision 0058), its stylesheets and its keys.
     */
    public void takeOver(Scene scene) {
        scene.setRoot(root);
        scene.getStylesheets().setAll(stylesheets());
        session.view().appearanceProperty().addListener((o, old, now) -> WindowThemes.applyTo(scene, now));
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            // A key pressed before every part is built may be meant for any of them (a shortcut, a field):
            // the rest of the window is built at once, before the key goes on (decision 0055).
            if (!parts.completeProperty().get()) {
                complete();
            }
            if (UNDO.match(e)) {
                vm.undo();
                e.consume();
            } else if (REDO.match(e) || REDO_SHIFT.match(e)) {
                vm.redo();
                e.consume();
            } else if (goToChange(e)) {
                e.consume();
            }
        });
    }

    /** Binds the stage's title and routes its close button through Quit, so unsaved changes are asked about. */
    public void install(Stage stage) {
        stage.titleProperty().bind(session.files().titleProperty());
        stage.setOnCloseRequest(e -> {
            e.consume();
            quit.run();
        });
    }

    static String version() {
        String v = DesignerWindow.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    public BorderPane root() { return root; }

    /** The menu bar, built on first need. */
    public MainMenuBar menuBar() {
        if (menuBar == null) {
            menuBar = new MainMenuBar(session, links, quit, () -> dialogs.showInfo(
                    text.get("ui.about.title"), text.get("ui.about.text", WindowTitle.APP_NAME, version())),
                    this::showMap, () -> map().picture());
        }
        return menuBar;
    }

    /** The toolbar, built on first need. */
    public MainToolBar toolBar() {
        if (toolBar == null) {
            toolBar = new MainToolBar(session);
        }
        return toolBar;
    }

    /** The Diff tab, built on first need: the first comparison, or a caller asking for it. */
    public ComparisonTab diffTab() {
        if (diffTab == null) {
            diffTab = new ComparisonTab(session.comparison(), session.text());
        }
        return diffTab;
    }

    /** View › Show Grant Map: selects its tab and gives the map the keyboard focus. */
    public void showMap() {
        preview().showAfterFiles(mapTab);
        preview.getSelectionModel().select(mapTab);
        map().requestFocus();
    }

    /** The Grant map tab (a tab of the preview, after the files). */
    public Tab mapTab() {
        return mapTab;
    }

    /** The grant map's view, built on first need: its tab shown, a picture asked for, or a caller asking for it. */
    public GrantMapView map() {
        if (map == null) {
            map = new GrantMapView(session.map(), session.text());
            mapTab.setContent(map);
        }
        return map;
    }

    /** The access check, built on first need: its tab shown, a row asked for, or a caller asking for it. */
    public AccessMatrixView access() {
        if (access == null) {
            access = new AccessMatrixView(session.text());
            access.setOnOpen(row -> vm.showDecidingStatement(row.decidingStatements()));
            accessTab.setContent(access);
        }
        return access;
    }

    /** Whether the Diff tab and the access check were built yet: they are not until first needed. */
    boolean builtDiffTab() { return diffTab != null; }
    boolean builtAccessCheck() { return access != null; }
    /** The Explain Policy window opened last, if any. */
    public java.util.Optional<PolicyExplanationWindow> policyExplanationWindow() { return java.util.Optional.ofNullable(policyWindow); }
    /** The status bar, built and filled on first need. */
    public StatusBar status() {
        if (status == null) {
            status = new StatusBar(text);
            updateStatus();
        }
        return status;
    }
}
