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

/**
 * The catalogue of services as check boxes, each with its one-line hint and the mark of findings
 * about that service, and the custom entries. Findings about the list as a whole are marked on the
 * row that chooses who assumes the role ({@link WriterPane}).
 */
final class ServiceChecklist extends VBox {

    ServiceChecklist(ServiceChecklistModel model, UiText text, String idPrefix) {
        super(4);
        getStyleClass().add("service-checklist");
        VBox list = new VBox(2);
        for (ServiceChecklistModel.ServiceOption option : model.options()) {
            CheckBox box = new CheckBox(option.entry().principal());
            box.selectedProperty().bindBidirectional(option.checkedProperty());
            box.getStyleClass().add("service-check");
            box.setMinWidth(Region.USE_PREF_SIZE);
            // A finding about this service puts its icon on this row, beside the check box.
            HBox row = MarkDecoration.decorate(box, option.mark(), option.hintKey(), text);
            box.setMaxWidth(Region.USE_PREF_SIZE);
            box.setId(idPrefix + "-service-" + option.entry().key());
            Label hint = new Label();
            hint.textProperty().bind(text.text(option.hintKey()));
            hint.getStyleClass().addAll("hint", "service-hint");
            hint.setWrapText(true);
            list.getChildren().addAll(row, hint);
        }
        Label customLabel = new Label();
        customLabel.textProperty().bind(text.text(model.custom().textKey()));
        customLabel.getStyleClass().add("field-label");
        customLabel.setMinWidth(Region.USE_PREF_SIZE);
        TextField custom = FieldControls.textField(model.custom());
        custom.setPromptText("example.amazonaws.com");
        HBox customRow = new HBox(8, customLabel,
                MarkDecoration.decorate(custom, model.custom(), model.custom().tipKey(), text));
        HBox.setHgrow(customRow.getChildren().get(1), Priority.ALWAYS);
        customRow.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(list, customRow);
    }
}
