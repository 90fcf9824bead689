package dev.s3grant.ui.forms;

import dev.s3grant.model.PrincipalMode;
import dev.s3grant.ui.i18n.EnumTexts;
import dev.s3grant.ui.i18n.UiText;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;

/** One writer: its role, the services that may assume it, and what it may do beyond PutObject. */
final class WriterPane extends FormSection {

    private final WriterModel writer;

    WriterPane(WriterModel writer, FormsViewModel forms, UiText text) {
        super("ui.section.writer", text);
        this.writer = writer;
        textProperty().unbind();
        textProperty().bind(Bindings.createStringBinding(
                () -> isBlank(writer.accountId().getValue())
                        ? text.get("ui.section.writer.noAccount", writer.alias().getValue())
                        : text.get("ui.section.writer", writer.alias().getValue(), writer.accountId().getValue()),
                text.languageProperty(), writer.alias().valueProperty(), writer.accountId().valueProperty()));
        String id = "writer-" + writer.index();
        setId(id);

        Button duplicate = new Button();
        duplicate.textProperty().bind(text.text("ui.writers.duplicate"));
        MarkDecoration.install(duplicate, "ui.writers.duplicate.tip", text);
        duplicate.setId(id + "-duplicate");
        duplicate.setOnAction(e -> forms.duplicateWriter(writer.index()));
        Button remove = new Button();
        remove.textProperty().bind(text.text("ui.writers.remove"));
        MarkDecoration.install(remove, "ui.writers.remove.tip", text);
        remove.setId(id + "-remove");
        remove.setOnAction(e -> forms.removeWriter(writer.index()));
        HBox actions = new HBox(6, duplicate, remove, MarkDecoration.groupIcon(writer.mark(), text));
        actions.setAlignment(Pos.CENTER_LEFT);
        addWide(actions);

        addField(writer.alias(), FieldControls.textField(writer.alias()));
        addField(writer.accountId(), FieldControls.textField(writer.accountId()));
        addField(writer.roleName(), FieldControls.textField(writer.roleName()));
        addField(writer.rolePath(), FieldControls.textField(writer.rolePath()));
        addField(writer.terraformProvider(), FieldControls.textField(writer.terraformProvider()));

        FlowPane mode = FieldControls.radios(writer.principalMode(), List.of(PrincipalMode.values()), EnumTexts::key, text);
        mode.getChildren().forEach(n -> MarkDecoration.install(n, writer.principalMode().tipKey(), text));
        mode.setId(id + "-principals");
        HBox modeRow = new HBox(6, mode, MarkDecoration.groupIcon(writer.services().mark(), text));
        modeRow.setAlignment(Pos.CENTER_LEFT);
        addRow(writer.principalMode().textKey(), writer.principalMode().tipKey(), modeRow);
        ServiceChecklist services = new ServiceChecklist(writer.services(), text, id);
        services.disableProperty().bind(Bindings.createBooleanBinding(
                () -> writer.principalMode().getValue() != PrincipalMode.SERVICES, writer.principalMode().valueProperty()));
        addWide(services);
        addCheck(writer.abortMultipart());
        addCheck(writer.tagging());
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** The writer this pane edits. */
    WriterModel writer() {
        return writer;
    }
}
