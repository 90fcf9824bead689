package dev.s3grant.ui.explainany;

import dev.s3grant.ui.i18n.UiText;
import dev.s3grant.ui.panes.ExplanationPane;
import dev.s3grant.ui.panes.LinkOpener;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The Explain Policy window (decision 0032): the file's documents and statements on the left, the
 * selected one in the explanation pane on the right, in 日本語, English or both, as the designer
 * shows its own statements. One window per opened file; it is not modal.
 */
public final class PolicyExplanationWindow {

    private final Stage stage = new Stage();
    private final ListView<PolicyExplanationEntry> list = new ListView<>();
    private final ExplanationPane pane;

    public PolicyExplanationWindow(Window owner, PolicyExplanationViewModel.Opened opened, UiText text, LinkOpener links,
                                   java.util.List<String> stylesheets) {
        pane = new ExplanationPane(text, links);
        list.setId("policy-explanation-list");
        list.getItems().setAll(opened.entries());
        list.getSelectionModel().selectedItemProperty().addListener((o, old, entry) -> {
            if (entry != null) {
                pane.show(entry.ref(), Optional.of(entry.explanation()));
            }
        });
        SplitPane split = new SplitPane(list, pane);
        split.setId("policy-explanation-window");
        split.setDividerPositions(0.3);
        Scene scene = new Scene(split, 1000, 640);
        scene.getStylesheets().addAll(stylesheets);
        stage.setScene(scene);
        stage.initOwner(owner);
        stage.titleProperty().bind(text.text("ui.explainPolicy.title", opened.file()));
        list.getSelectionModel().selectFirst();
    }

    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }

    public ExplanationPane pane() {
        return pane;
    }
}
