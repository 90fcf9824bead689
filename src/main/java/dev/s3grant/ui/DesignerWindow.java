package dev.s3grant.ui;

import dev.s3grant.ui.background.Debouncer;
import dev.s3grant.ui.background.FxDebouncer;
import dev.s3grant.ui.compare.ComparisonTab;
import dev.s3grant.ui.dialogs.DialogService;
import dev.s3grant.ui.existing.ExistingCheckWindow;
import dev.s3grant.ui.explainany.PolicyExplanationWindow;
import dev.s3grant.ui.editing.DesignerViewModel;
import dev.s3grant.ui.editing.Navigation;
import dev.s3grant.ui.files.WindowTitle;
import dev.s3grant.ui.forms.FormsView;
import dev.s3grant.ui.i18n.UiText;
import dev.s3grant.ui.output.DesignerOutput;
import dev.s3grant.ui.panes.AccessMatrixView;
import dev.s3grant.ui.panes.ExplanationPane;
import dev.s3grant.ui.panes.FindingsTable;
import dev.s3grant.ui.panes.LinkOpener;
import dev.s3grant.ui.panes.StatusBar;
import dev.s3grant.ui.preview.ElementRef;
import dev.s3grant.ui.preview.PreviewPane;
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
import javafx.scene.layout.BorderPane;
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

    private final DesignerSession session;
    private final DesignerViewModel vm;
    private final BorderPane root = new BorderPane();
    private final MainMenuBar menuBar;
    private final FormsView forms;
    private final PreviewPane preview;
    private final FindingsTable findings;
    /** Built when its tab is first shown or a finding asks for one of its rows. */
    private AccessMatrixView access;
    private final ExplanationPane explanation;
    private final StatusBar status;
    private final Tab findingsTab = new Tab();
    private final Tab accessTab = new Tab();
    /** Built when the first comparison starts. */
    private ComparisonTab diffTab;
    private PolicyExplanationWindow policyWindow;
    private final Runnable quit;
    private final Debouncer explanationPause;
    /** Whether the explanation pane has shown an output yet: the first one it shows at once. */
    private boolean explained;

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
        this.explanationPause = explanationPause;
        this.quit = () -> {
            if (session.files().quit()) {
                exit.run();
            }
        };
        UiText text = session.text();
        root.getStyleClass().add("designer");
        root.setId("designer-root");
        menuBar = new MainMenuBar(session, links, quit, () -> dialogs.showInfo(
                text.get("ui.about.title"), text.get("ui.about.text", WindowTitle.APP_NAME, version())));
        ExistingCheckWindow.attach(session.existingCheck(), text,
                () -> root.getScene() == null ? null : root.getScene().getWindow());
        session.policyExplanation().opened().subscribe(opened -> {
            policyWindow = new PolicyExplanationWindow(root.getScene() == null ? null : root.getScene().getWindow(), opened, text,
                    links, Objects.requireNonNull(DesignerWindow.class.getResource(STYLESHEET)).toExternalForm());
            policyWindow.show();
        });
        forms = new FormsView(vm.forms(), text);
        preview = new PreviewPane(text);
        findings = new FindingsTable(text);
        explanation = new ExplanationPane(text, links);
        status = new StatusBar(text);

        findingsTab.setContent(findings);
        findingsTab.setClosable(false);
        findingsTab.setId("tab-findings");
        accessTab.textProperty().bind(text.text("ui.tab.access"));
        accessTab.setClosable(false);
        accessTab.setId("tab-access");
        TabPane lowerTabs = new TabPane(findingsTab, accessTab);
        // The access check is built and filled when its tab is shown: a hidden table would still be
        // styled when the window opens and laid out on every keystroke.
        accessTab.selectedProperty().addListener((o, old, selected) -> {
            if (selected && vm.output() != null) {
                access().show(vm.output().access());
            }
        });
        lowerTabs.getStyleClass().add("lower-tabs");

        SplitPane top = new SplitPane(forms, preview);
        top.setDividerPositions(0.34);
        SplitPane.setResizableWithParent(forms, false);
        SplitPane lower = new SplitPane(lowerTabs, explanation);
        lower.setDividerPositions(0.58);
        SplitPane main = new SplitPane(top, lower);
        main.setOrientation(Orientation.VERTICAL);
        main.setDividerPositions(0.68);
        SplitPane.setResizableWithParent(lower, false);

        root.setTop(menuBar);
        root.setCenter(main);
        root.setBottom(status);
        root.styleProperty().bind(Bindings.format("-fx-font-size: %dpx;", session.view().fontSizeProperty()));

        findingsTab.textProperty().bind(Bindings.createStringBinding(
                () -> text.get("ui.tab.findings", vm.output() == null ? 0 : vm.output().findings().size()),
                text.languageProperty(), vm.outputProperty()));
        vm.outputProperty().addListener((o, old, out) -> show(out));
        vm.computingProperty().addListener((o, old, v) -> updateStatus());
        vm.failureProperty().addListener((o, old, v) -> updateStatus());
        vm.selectedElementProperty().addListener((o, old, v) -> updateExplanation());
        vm.navigation().subscribe(to -> navigate(to, lowerTabs));
        preview.setOnCaretElement(vm::selectElement);
        session.comparison().againstProperty().addListener((o, old, path) -> {
            if (path == null && diffTab != null) {
                preview.removeExtra(diffTab);
            }
        });
        session.comparison().startedProperty().addListener((o, old, n) -> preview.showExtra(diffTab()));
        findings.setOnOpen(f -> vm.showLocation(f.location()));
        findings.setLocationText(location -> vm.describe(location).render(text));
        if (vm.output() != null) {
            show(vm.output());
        }
    }

    /** Goes where the view-model asks once: a form field, a statement in the preview, a row of the access check. */
    private void navigate(Navigation to, TabPane lowerTabs) {
        if (to instanceof Navigation.ToField f) {
            forms.focus(f.fieldPath());
        } else if (to instanceof Navigation.ToElement e) {
            preview.highlight(e.ref());
        } else if (to instanceof Navigation.ToAccessRow a) {
            int row = a.row();
            if (row >= 0 && vm.output() != null && row < vm.output().access().size()) {
                lowerTabs.getSelectionModel().select(accessTab);
                access().getSelectionModel().clearAndSelect(row);
                access().scrollTo(row);
            }
        }
    }

    private void show(DesignerOutput out) {
        if (out == null) {
            return;
        }
        preview.update(out.documents());
        findings.show(out.findings(), out::acceptedReason);
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
        DesignerOutput out = vm.output();
        status.show(out == null ? java.util.Map.of() : out.counts(), out == null ? 0 : out.access().size(),
                out == null ? 0 : out.mismatches(), vm.computingProperty().get(), vm.failureProperty().get());
    }

    /** Shows the explanation of the selected element (or the overview) in the latest output, now. */
    private void updateExplanation() {
        explanationPause.cancel();
        DesignerOutput out = vm.output();
        ElementRef ref = vm.selectedElementProperty().get();
        if (out == null) {
            explanation.show(ref, Optional.empty());
            return;
        }
        explained = true;
        explanation.show(ref, ref == null ? out.overview() : out.explanation(ref));
    }

    /** A scene with the stylesheet and the undo and redo keys taken before text fields see them. */
    public Scene createScene(double width, double height) {
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(Objects.requireNonNull(DesignerWindow.class.getResource(STYLESHEET)).toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (UNDO.match(e)) {
                vm.undo();
                e.consume();
            } else if (REDO.match(e) || REDO_SHIFT.match(e)) {
                vm.redo();
                e.consume();
            }
        });
        return scene;
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
    public MainMenuBar menuBar() { return menuBar; }
    public FormsView forms() { return forms; }
    public PreviewPane preview() { return preview; }
    public FindingsTable findings() { return findings; }

    /** The Diff tab, built on first need: the first comparison, or a caller asking for it. */
    public ComparisonTab diffTab() {
        if (diffTab == null) {
            diffTab = new ComparisonTab(session.comparison(), session.text());
        }
        return diffTab;
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
    public ExplanationPane explanation() { return explanation; }
    /** The Explain Policy window opened last, if any. */
    public java.util.Optional<PolicyExplanationWindow> policyExplanationWindow() { return java.util.Optional.ofNullable(policyWindow); }
    public StatusBar status() { return status; }
}
