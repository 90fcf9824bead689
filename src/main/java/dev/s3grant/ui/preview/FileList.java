package dev.s3grant.ui.preview;

import dev.s3grant.ui.i18n.UiText;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Every generated file by path, in the façade's order, in a virtualized list with a filter: the
 * preview's way to the files that have no tab when the output has many (one per writer account).
 * Double-click or Enter opens the chosen file.
 */
final class FileList extends VBox {

    private final ObservableList<String> paths = FXCollections.observableArrayList();
    private final FilteredList<String> shown = new FilteredList<>(paths);
    private final TextField filter = new TextField();
    private final ListView<String> list = new ListView<>(shown);

    FileList(UiText text, Consumer<String> onOpen) {
        getStyleClass().add("preview-file-list");
        filter.setId("preview-file-filter");
        filter.promptTextProperty().bind(text.text("ui.preview.files.filter"));
        filter.textProperty().addListener((o, old, now) -> {
            String needle = now.strip().toLowerCase(Locale.ROOT);
            shown.setPredicate(needle.isEmpty() ? null : p -> p.toLowerCase(Locale.ROOT).contains(needle));
        });
        list.setId("preview-file-list");
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(text.text("ui.preview.files.tip"));
        list.setTooltip(tip);
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                openSelected(onOpen);
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected(onOpen);
                e.consume();
            }
        });
        filter.setOnAction(e -> {
            if (shown.size() == 1) {
                onOpen.accept(shown.get(0));
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(filter, list);
    }

    /** Shows these paths; nothing changes when they are the ones shown. */
    void show(List<String> now) {
        if (!paths.equals(now)) {
            paths.setAll(now);
        }
    }

    List<String> paths() {
        return List.copyOf(paths);
    }

    private void openSelected(Consumer<String> onOpen) {
        String path = list.getSelectionModel().getSelectedItem();
        if (path != null) {
            onOpen.accept(path);
        }
    }
}
