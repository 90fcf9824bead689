package dev.s3grant.ui.forms;

import dev.s3grant.ui.i18n.UiText;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/**
 * The parts the forms' list editors share: the hint shown while a list is empty, and the footer
 * with the add button and its tooltip beside the mark of the whole list.
 */
final class ListEditorParts {

    private ListEditorParts() {
    }

    static Label emptyHint(String key, UiText text) {
        Label empty = new Label();
        empty.textProperty().bind(text.text(key));
        empty.getStyleClass().add("hint");
        return empty;
    }

    static HBox addFooter(String key, String tipKey, String id, Runnable onAdd, Markable list, UiText text) {
        Button add = new Button();
        add.textProperty().bind(text.text(key));
        MarkDecoration.install(add, tipKey, text);
        add.setId(id);
        add.setOnAction(e -> onAdd.run());
        HBox footer = new HBox(6, add, MarkDecoration.groupIcon(list, text));
        footer.setAlignment(Pos.CENTER_LEFT);
        return footer;
    }
}
