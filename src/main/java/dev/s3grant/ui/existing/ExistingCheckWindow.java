package dev.s3grant.ui.existing;

import dev.s3grant.ui.i18n.UiText;
import dev.s3grant.ui.panes.AccessMatrixView;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The window of File › Check Existing Files…: the checked folder, the access-check table with the
 * rows of the existing files (a row's tooltip names its cause), and the findings on the files. It
 * is built and opens when the first result arrives, and shows each later result in place.
 */
public final class ExistingCheckWindow {

    private final Stage stage = new Stage();
    private final AccessMatrixView table;
    private final Label heading = new Label();
    private final VBox notes = new VBox(2);

    private ExistingCheckWindow(UiText text) {
        table = new AccessMatrixView(text);
        table.setId("existing-check-matrix");
        heading.setId("existing-check-heading");
        heading.setWrapText(true);
        notes.setId("existing-check-notes");
        BorderPane root = new BorderPane(table, new VBox(4, heading, notes), null, null, null);
        root.getStyleClass().add("existing-check");
        stage.setScene(new Scene(root, 1100, 600));
        stage.titleProperty().bind(text.text("ui.existingCheck.title"));
    }

    private void show(ExistingCheckViewModel.Shown shown, UiText text, Window owner) {
        heading.setText(text.get(shown.asIntended() ? "ui.existingCheck.asIntended" : "ui.existingCheck.notAsIntended",
                shown.folder()));
        notes.getChildren().setAll(shown.notes().stream().map(m -> new Label(text.render(m))).toList());
        shown.findings().forEach(f -> {
            Label finding = new Label(f);
            finding.setWrapText(true);
            notes.getChildren().add(finding);
        });
        table.show(shown.rows());
        if (stage.getOwner() == null && owner != null) {
            stage.initOwner(owner);
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.show();
        stage.toFront();
    }

    /** Opens the window for each result of {@code vm}, above the window {@code owner} gives when the first result arrives. */
    public static void attach(ExistingCheckViewModel vm, UiText text, Supplier<Window> owner) {
        ExistingCheckWindow[] window = new ExistingCheckWindow[1];
        vm.shownProperty().addListener((o, old, shown) -> {
            if (window[0] == null) {
                window[0] = new ExistingCheckWindow(text); // built when first needed
            }
            window[0].show(shown, text, owner.get());
        });
    }
}
