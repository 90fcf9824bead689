package dev.s3grant.ui.forms;

import dev.s3grant.analysis.Severity;
import dev.s3grant.ui.common.SeverityIcon;
import dev.s3grant.ui.i18n.UiText;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ListCell;

/**
 * One row of the writer list: "Writer A2 (333333333333)" with the most severe finding on any of the
 * writer's fields. A cell serves many writers as the list scrolls, so it listens to one writer at a time.
 */
final class WriterListCell extends ListCell<WriterModel> {

    private final UiText text;
    private final SeverityIcon icon = new SeverityIcon();
    private final InvalidationListener markChanged = o -> showWorstMark();
    private WriterModel shown;

    WriterListCell(UiText text) {
        this.text = text;
        getStyleClass().add("writer-row");
    }

    @Override
    protected void updateItem(WriterModel writer, boolean empty) {
        super.updateItem(writer, empty);
        if (shown != null) {
            shown.markables().forEach(m -> m.markProperty().removeListener(markChanged));
        }
        textProperty().unbind();
        shown = empty ? null : writer;
        if (shown == null) {
            setText(null);
            setGraphic(null);
            setId(null);
            return;
        }
        setId("writer-row-" + shown.index());
        textProperty().bind(Bindings.createStringBinding(
                () -> text.get("ui.section.writer", shown.alias().getValue(), shown.accountId().getValue()),
                text.languageProperty(), shown.alias().valueProperty(), shown.accountId().valueProperty()));
        shown.markables().forEach(m -> m.markProperty().addListener(markChanged));
        setGraphic(icon);
        showWorstMark();
    }

    private void showWorstMark() {
        if (shown == null) {
            return;
        }
        List<Markable> markables = shown.markables();
        Severity worst = markables.stream().map(m -> m.markProperty().get()).filter(m -> m != null)
                .map(FieldMark::severity).min(Enum::compareTo).orElse(null);
        icon.setSeverity(worst);
    }
}
