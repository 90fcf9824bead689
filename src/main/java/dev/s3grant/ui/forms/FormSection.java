package dev.s3grant.ui.forms;

import dev.s3grant.ui.i18n.UiText;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** A titled section of the forms: a two-column grid of labelled, marked fields. */
public class FormSection extends TitledPane {

    protected final UiText text;
    protected final GridPane grid = new GridPane();
    private int row;

    protected FormSection(String titleKey, UiText text) {
        this.text = text;
        textProperty().bind(text.text(titleKey));
        getStyleClass().add("form-section");
        grid.getStyleClass().add("form-grid");
        grid.setHgap(8);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        // As wide as the longest label of the section (a label's minimum is its whole text): a fixed minimum let
        // the grid shrink the column below long labels and cut them under their fields in a narrow form.
        labels.setHgrow(Priority.NEVER);
        labels.setHalignment(HPos.LEFT);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().setAll(labels, fields);
        setContent(grid);
        setAnimated(false);
    }

    /**
     * A label (the field's text, with its help as tooltip) and the control, marked by the field's
     * findings; an empty required text field says "required".
     */
    protected HBox addField(FieldModel<?> model, Control control) {
        Label label = label(model.textKey(), model.tipKey());
        label.setLabelFor(control);
        HBox decorated = MarkDecoration.decorate(control, model, model.tipKey(), text);
        if (model.isRequired() && control instanceof TextInputControl input) {
            input.promptTextProperty().bind(text.text("ui.field.required"));
        }
        grid.add(label, 0, row);
        grid.add(decorated, 1, row);
        GridPane.setValignment(label, VPos.CENTER);
        row++;
        return decorated;
    }

    /** A check box across both columns, labelled by the field itself. */
    protected HBox addCheck(FieldModel<Boolean> model) {
        CheckBox box = FieldControls.checkBox(model, text);
        HBox decorated = MarkDecoration.decorate(box, model, model.tipKey(), text);
        grid.add(decorated, 0, row, 2, 1);
        row++;
        return decorated;
    }

    /** Shows a row added by {@link #addField} (its label and its control) only while {@code shown} holds. */
    protected void showOnlyWhen(Node rowContent, ObservableBooleanValue shown) {
        Integer index = GridPane.getRowIndex(rowContent);
        for (Node node : grid.getChildren()) {
            if (java.util.Objects.equals(GridPane.getRowIndex(node), index)) {
                node.visibleProperty().bind(shown);
                node.managedProperty().bind(shown);
            }
        }
    }

    /** A labelled row of any content (radio groups, lists). */
    protected void addRow(String labelKey, String tipKey, Node content) {
        Label label = label(labelKey, tipKey);
        grid.add(label, 0, row);
        grid.add(content, 1, row);
        GridPane.setValignment(label, VPos.TOP);
        row++;
    }

    /** Content across both columns. */
    protected void addWide(Node content) {
        grid.add(content, 0, row, 2, 1);
        row++;
    }

    protected Label label(String key, String tipKey) {
        Label label = new Label();
        label.textProperty().bind(text.text(key));
        MarkDecoration.install(label, tipKey, text);
        label.getStyleClass().add("field-label");
        // One line, never narrower than its text: Japanese has no spaces, so wrapping would break
        // "ロールを引き受けるサービス" inside a word.
        label.setWrapText(false);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
