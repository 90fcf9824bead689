package dev.s3grant.ui.forms;

import dev.s3grant.ui.i18n.UiText;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The key prefixes: one marked text field per prefix with a remove button, and an add button. */
final class PrefixListEditor extends VBox {

    private final PrefixListModel model;
    private final UiText text;
    private final VBox rows = new VBox(4);
    private final Label empty;

    PrefixListEditor(PrefixListModel model, UiText text) {
        super(4);
        this.model = model;
        this.text = text;
        getStyleClass().add("prefix-list");
        empty = ListEditorParts.emptyHint("ui.field.bucket.prefixes.empty", text);
        getChildren().addAll(rows,
                ListEditorParts.addFooter("ui.field.bucket.prefixes.add", "ui.field.bucket.prefixes.add.tip",
                        "prefix-add", model::add, model.mark(), text));
        model.rows().addListener((ListChangeListener<FieldModel<String>>) c -> rebuild());
        rebuild();
    }

    private void rebuild() {
        rows.getChildren().clear();
        if (model.rows().isEmpty()) {
            rows.getChildren().add(empty);
        }
        for (int i = 0; i < model.rows().size(); i++) {
            int index = i;
            FieldModel<String> row = model.rows().get(i);
            TextField field = FieldControls.textField(row);
            Button remove = new Button();
            remove.textProperty().bind(text.text("ui.field.bucket.prefixes.remove"));
            remove.getStyleClass().add("remove-button");
            remove.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            MarkDecoration.install(remove, "ui.field.bucket.prefixes.remove.tip", text);
            remove.setOnAction(e -> model.remove(index));
            HBox line = new HBox(4, MarkDecoration.decorate(field, row, "ui.field.bucket.prefix.tip", text), remove);
            HBox.setHgrow(line.getChildren().get(0), javafx.scene.layout.Priority.ALWAYS);
            line.setAlignment(Pos.CENTER_LEFT);
            rows.getChildren().add(line);
        }
    }
}
