package dev.s3grant.ui.panes;

import dev.s3grant.ui.common.LazyTooltip;
import dev.s3grant.ui.i18n.UiText;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;

/**
 * The access-check matrix: each request with its expected and actual outcome; mismatches in red.
 * Headers explain their column in a tooltip; a cut cell shows its full text and the row's reason in
 * its tooltip. Double-clicking a row (or Enter) opens its deciding statement.
 */
public final class AccessMatrixView extends TableView<AccessRow> {

    private static final PseudoClass MISMATCH = PseudoClass.getPseudoClass("mismatch");

    private final UiText text;
    private Consumer<AccessRow> onOpen = row -> { };

    public AccessMatrixView(UiText text) {
        this.text = text;
        getStyleClass().add("access-matrix");
        setId("access-matrix");
        TableColumn<AccessRow, String> request = column("ui.access.request", "ui.access.request.tip", 200, OverrunStyle.ELLIPSIS);
        request.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.render(c.getValue().description())));
        TableColumn<AccessRow, String> principal = column("ui.access.principal", "ui.access.principal.tip", 150, OverrunStyle.LEADING_ELLIPSIS);
        principal.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.display(c.getValue().principal())));
        TableColumn<AccessRow, String> action = column("ui.access.action", "ui.access.action.tip", 110, OverrunStyle.ELLIPSIS);
        action.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().action()));
        TableColumn<AccessRow, String> resource = column("ui.access.resource", "ui.access.resource.tip", 150, OverrunStyle.LEADING_ELLIPSIS);
        resource.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.display(c.getValue().resource())));
        TableColumn<AccessRow, String> expected = column("ui.access.expected", "ui.access.expected.tip", 76, OverrunStyle.ELLIPSIS);
        expected.setCellValueFactory(c -> new ReadOnlyStringWrapper(outcome(c.getValue().expectedAllowed())));
        TableColumn<AccessRow, String> actual = column("ui.access.actual", "ui.access.actual.tip", 132, OverrunStyle.ELLIPSIS);
        actual.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.get(switch (c.getValue().actual()) {
            case ALLOW -> "ui.access.allowed";
            case IMPLICIT_DENY -> "ui.access.implicitDeny";
            case EXPLICIT_DENY -> "ui.access.explicitDeny";
        })));
        TableColumn<AccessRow, String> deciding = column("ui.access.deciding", "ui.access.deciding.tip", 200, OverrunStyle.ELLIPSIS);
        deciding.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.join(", ", c.getValue().decidingStatements())));
        getColumns().setAll(List.of(request, expected, actual, principal, action, resource, deciding));
        Label placeholder = new Label();
        placeholder.textProperty().bind(text.text("ui.access.none"));
        placeholder.setWrapText(true);
        setPlaceholder(placeholder);
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setRowFactory(t -> {
            TableRow<AccessRow> row = new TableRow<>() {
                @Override
                protected void updateItem(AccessRow item, boolean empty) {
                    super.updateItem(item, empty);
                    pseudoClassStateChanged(MISMATCH, !empty && item != null && item.mismatch());
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    onOpen.accept(row.getItem());
                }
            });
            return row;
        });
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            AccessRow selected = getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                e.consume();
                onOpen.accept(selected);
            }
        });
        text.languageProperty().addListener((o, old, v) -> refresh());
    }

    /** What double-clicking a row (or Enter on the selected one) does: the window shows its deciding statement. */
    public void setOnOpen(Consumer<AccessRow> handler) {
        this.onOpen = handler;
    }

    private String outcome(boolean allowed) {
        return text.get(allowed ? "ui.access.allowed" : "ui.access.denied");
    }

    /**
     * A column whose header explains it in a tooltip ({@code tipKey}) and whose cells cut long
     * texts with {@code overrun} (ARNs at their start, so the role, session and key stay), the full text and the
     * row's reason in the cell's tooltip.
     */
    private TableColumn<AccessRow, String> column(String key, String tipKey, double width, OverrunStyle overrun) {
        TableColumn<AccessRow, String> c = new TableColumn<>();
        Label header = new Label();
        header.textProperty().bind(text.text(key));
        header.setMinWidth(0);
        LazyTooltip.install(header, tip -> {
            tip.setWrapText(true);
            tip.setMaxWidth(420);
        }).textProperty().bind(text.text(tipKey));
        c.setGraphic(header);
        c.setPrefWidth(width);
        c.setMinWidth(48);
        c.setCellFactory(col -> new TableCell<>() {
            private final LazyTooltip tip = LazyTooltip.install(this, tooltip -> {
                tooltip.setWrapText(true);
                tooltip.setMaxWidth(480);
            });

            {
                setTextOverrun(overrun);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                AccessRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                tip.setText(row == null || item == null ? "" : item + "\n\n" + text.render(row.reason()));
            }
        });
        return c;
    }

    public void show(List<AccessRow> rows) {
        if (!rows.equals(getItems())) {
            getItems().setAll(rows);
        }
    }
}
