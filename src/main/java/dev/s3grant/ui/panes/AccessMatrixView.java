package dev.s3grant.ui.panes;

import dev.s3grant.ui.common.LazyTooltip;
import dev.s3grant.ui.i18n.UiText;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/** The access-check matrix: each request with its expected and actual outcome; mismatches in red. */
public final class AccessMatrixView extends TableView<AccessRow> {

    private static final PseudoClass MISMATCH = PseudoClass.getPseudoClass("mismatch");

    private final UiText text;

    public AccessMatrixView(UiText text) {
        this.text = text;
        getStyleClass().add("access-matrix");
        setId("access-matrix");
        TableColumn<AccessRow, String> request = column("ui.access.request", 380);
        request.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.render(c.getValue().description())));
        TableColumn<AccessRow, String> principal = column("ui.access.principal", 260);
        principal.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().principal()));
        TableColumn<AccessRow, String> action = column("ui.access.action", 150);
        action.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().action()));
        TableColumn<AccessRow, String> resource = column("ui.access.resource", 260);
        resource.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().resource()));
        TableColumn<AccessRow, String> expected = column("ui.access.expected", 90);
        expected.setCellValueFactory(c -> new ReadOnlyStringWrapper(outcome(c.getValue().expectedAllowed())));
        TableColumn<AccessRow, String> actual = column("ui.access.actual", 90);
        actual.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.get(switch (c.getValue().actual()) {
            case ALLOW -> "ui.access.allowed";
            case IMPLICIT_DENY -> "ui.access.implicitDeny";
            case EXPLICIT_DENY -> "ui.access.explicitDeny";
        })));
        TableColumn<AccessRow, String> deciding = column("ui.access.deciding", 200);
        deciding.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.join(", ", c.getValue().decidingStatements())));
        getColumns().setAll(List.of(request, expected, actual, principal, action, resource, deciding));
        Label placeholder = new Label();
        placeholder.textProperty().bind(text.text("ui.access.none"));
        placeholder.setWrapText(true);
        setPlaceholder(placeholder);
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setRowFactory(t -> new TableRow<>() {
            private final LazyTooltip tip = LazyTooltip.install(this, tooltip -> {
                tooltip.setWrapText(true);
                tooltip.setMaxWidth(480);
            });

            @Override
            protected void updateItem(AccessRow item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(MISMATCH, !empty && item != null && item.mismatch());
                tip.setText(empty || item == null ? "" : text.render(item.reason()));
            }
        });
        text.languageProperty().addListener((o, old, v) -> refresh());
    }

    private String outcome(boolean allowed) {
        return text.get(allowed ? "ui.access.allowed" : "ui.access.denied");
    }

    private <T> TableColumn<AccessRow, T> column(String key, double width) {
        TableColumn<AccessRow, T> c = new TableColumn<>();
        c.textProperty().bind(text.text(key));
        c.setPrefWidth(width);
        return c;
    }

    public void show(List<AccessRow> rows) {
        if (!rows.equals(getItems())) {
            getItems().setAll(rows);
        }
    }
}
