package dev.s3grant.ui.forms;

import dev.s3grant.ui.i18n.UiText;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The catalogue of services as check boxes, each with its one-line hint, and the custom entries. */
final class ServiceChecklist extends VBox {

    ServiceChecklist(ServiceChecklistModel model, UiText text, String idPrefix) {
        super(4);
        getStyleClass().add("service-checklist");
        VBox list = new VBox(2);
        for (ServiceChecklistModel.ServiceOption option : model.options()) {
            CheckBox box = new CheckBox(option.entry().principal());
            box.selectedProperty().bindBidirectional(option.checkedProperty());
            box.setId(idPrefix + "-service-" + option.entry().key());
            box.getStyleClass().add("service-check");
            box.setMinWidth(Region.USE_PREF_SIZE);
            MarkDecoration.install(box, option.hintKey(), text);
            Label hint = new Label();
            hint.textProperty().bind(text.text(option.hintKey()));
            hint.getStyleClass().addAll("hint", "service-hint");
            hint.setWrapText(true);
            list.getChildren().addAll(box, hint);
        }
        Label customLabel = new Label();
        customLabel.textProperty().bind(text.text(model.custom().textKey()));
        customLabel.getStyleClass().add("field-label");
        TextField custom = FieldControls.textField(model.custom());
        custom.setPromptText("example.amazonaws.com");
        HBox customRow = new HBox(8, customLabel,
                MarkDecoration.decorate(custom, model.custom(), model.custom().tipKey(), text));
        HBox.setHgrow(customRow.getChildren().get(1), Priority.ALWAYS);
        customRow.setAlignment(Pos.CENTER_LEFT);
        HBox header = new HBox(6, list, MarkDecoration.groupIcon(model.mark(), text));
        HBox.setHgrow(list, Priority.ALWAYS);
        getChildren().addAll(header, customRow);
    }
}
