package dev.s3grant.ui.compare;

import dev.s3grant.app.GateVerdict;
import dev.s3grant.app.PullRequestSummary;
import dev.s3grant.diff.DiffResult;
import dev.s3grant.diff.FileDiff;
import dev.s3grant.diff.SideNames;
import dev.s3grant.model.Language;
import dev.s3grant.ui.diff.DiffView;
import dev.s3grant.ui.diff.DiffViewModel;
import dev.s3grant.ui.i18n.UiText;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The Diff tab beside the generated files: which files are compared (existing on the left,
 * generated on the right), a Reload button, and the {@link DiffView}. Closing the tab ends the
 * comparison. A language switch rebuilds the view, keeping the file shown and the toggles.
 */
public final class ComparisonTab extends Tab {

    private final ComparisonViewModel vm;
    private final UiText text;
    private final BorderPane content = new BorderPane();
    private final Label sides = new Label();
    private final Label state = new Label();
    private final Label verdict = new Label();
    private DiffView view;

    public ComparisonTab(ComparisonViewModel vm, UiText text) {
        this.vm = vm;
        this.text = text;
        setId("tab-diff");
        getStyleClass().add("diff-tab");
        textProperty().bind(text.text("ui.tab.diff"));
        Tooltip where = new Tooltip();
        where.textProperty().bind(Bindings.createStringBinding(() -> String.valueOf(vm.againstProperty().get()),
                vm.againstProperty()));
        setTooltip(where);
        sides.setId("diff-sides");
        sides.textProperty().bind(Bindings.createStringBinding(
                () -> text.get("ui.diff.sides", String.valueOf(vm.againstProperty().get())),
                vm.againstProperty(), text.languageProperty()));
        sides.setMinWidth(0);
        state.setId("diff-state");
        state.getStyleClass().add("diff-state");
        state.textProperty().bind(Bindings.createStringBinding(this::stateText,
                vm.computingProperty(), vm.failureProperty(), text.languageProperty()));
        verdict.setId("diff-verdict");
        verdict.getStyleClass().add("diff-verdict");
        verdict.textProperty().bind(Bindings.createStringBinding(this::verdictText,
                vm.verdictProperty(), vm.resultProperty(), text.languageProperty()));
        Button reload = new Button();
        reload.setId("diff-reload");
        reload.textProperty().bind(text.text("ui.diff.reload"));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(text.text("ui.diff.reload.tip"));
        reload.setTooltip(tip);
        reload.setOnAction(e -> vm.reload());
        // On a narrow window the verdict gives way (ellipsis, full text in its tooltip), never the button.
        reload.setMinWidth(Region.USE_PREF_SIZE);
        verdict.setMinWidth(0);
        Tooltip verdictTip = new Tooltip();
        verdictTip.textProperty().bind(verdict.textProperty());
        verdict.setTooltip(verdictTip);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(10, sides, spacer, verdict, state, reload);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("diff-header");
        content.setTop(header);
        setContent(content);
        setClosable(true);
        setOnClosed(e -> vm.close());
        rebuild(text.language());
        text.languageProperty().addListener((o, old, now) -> rebuild(now));
        vm.resultProperty().addListener((o, old, now) -> show(now));
    }

    private String stateText() {
        if (!vm.failureProperty().get().isEmpty()) {
            return vm.failureProperty().get();
        }
        return vm.computingProperty().get() ? text.get("ui.diff.computing") : "";
    }

    /** Broadened, narrowed, same access or formatting only: the existing files against the generated ones. */
    private String verdictText() {
        GateVerdict gate = vm.verdictProperty().get();
        DiffResult result = vm.resultProperty().get();
        if (gate == null || result == null) {
            return "";
        }
        return text.get(PullRequestSummary.verdictKey(result, Optional.of(gate), false));
    }

    private void rebuild(Language language) {
        DiffView next = new DiffView(language, SideNames.EXISTING_GENERATED);
        next.setId("diff-view");
        if (view != null) {
            DiffViewModel before = view.model();
            next.model().unifiedProperty().set(before.unifiedProperty().get());
            next.model().ignoreFormattingProperty().set(before.ignoreFormattingProperty().get());
        }
        FileDiff selected = view == null ? null : view.model().selectedFileProperty().get();
        view = next;
        show(vm.result());
        if (selected != null) {
            view.model().files().stream().filter(f -> f.path().equals(selected.path())).findFirst()
                    .ifPresent(f -> view.model().selectedFileProperty().set(f));
        }
        content.setCenter(view);
    }

    private void show(DiffResult result) {
        if (result != null) {
            view.show(result);
        }
    }

    public DiffView view() {
        return view;
    }
}
