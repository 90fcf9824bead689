package dev.s3grant.ui.panes;

import dev.s3grant.analysis.Finding;
import dev.s3grant.analysis.Location;
import dev.s3grant.analysis.Severity;
import dev.s3grant.ui.common.LazyTooltip;
import dev.s3grant.ui.common.SeverityIcon;
import dev.s3grant.ui.i18n.EnumTexts;
import dev.s3grant.ui.i18n.UiText;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The findings: severity icon, code, message in the current language, where (in words, the raw
 * location as tooltip). Clicking a row, or Enter on the selected one, shows what it is about (the
 * field, or the statement in the preview). A finding the design accepts
 * stays in the table, its row marked {@code :suppressed} and its reason in the message's tooltip.
 */
public final class FindingsTable extends TableView<Finding> {

    /** On the row of a finding the design accepts: shown as suppressed, with the reason in the message's tooltip. */
    static final PseudoClass SUPPRESSED = PseudoClass.getPseudoClass("suppressed");

    private final UiText text;
    private Consumer<Finding> onOpen = f -> { };
    private Function<Location, String> locationText = Location::text;
    private Map<Finding, String> reasons = Map.of();
    /** The location texts now shown, so a renamed writer refreshes the column. */
    private List<String> shownLocations = List.of();

    public FindingsTable(UiText text) {
        this.text = text;
        getStyleClass().add("findings-table");
        setId("findings-table");
        TableColumn<Finding, Severity> severity = column("ui.findings.severity", 130);
        severity.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().severity()));
        severity.setCellFactory(c -> new SeverityCell(text));
        TableColumn<Finding, String> code = column("ui.findings.code", 80);
        code.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().code()));
        TableColumn<Finding, String> message = column("ui.findings.message", 440);
        message.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.render(c.getValue().message())));
        message.setCellFactory(c -> new TableCell<>() {
            private final LazyTooltip tip = LazyTooltip.install(this, t -> {
                t.setWrapText(true);
                t.setMaxWidth(520);
            });

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                Finding finding = empty || getTableRow() == null ? null : getTableRow().getItem();
                String reason = finding == null ? "" : Optional.ofNullable(reasons.get(finding))
                        .map(r -> "\n\n" + text.get("ui.findings.accepted", r)).orElse("");
                tip.setText(empty || item == null ? "" : item + reason);
            }
        });
        TableColumn<Finding, String> location = column("ui.findings.location", 300);
        location.setCellValueFactory(c -> new ReadOnlyStringWrapper(locationText.apply(c.getValue().location())));
        location.setCellFactory(c -> new TableCell<>() {
            // The words say where (in full in the tooltip, as a narrow column cuts them), and the
            // tooltip keeps the location as the CLI and acceptedFindings write it.
            private final LazyTooltip tip = LazyTooltip.install(this, t -> { });

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                Finding finding = empty || getTableRow() == null ? null : getTableRow().getItem();
                tip.setText(finding == null ? "" : item + "\n" + finding.location().text());
            }
        });
        getColumns().setAll(List.of(severity, code, message, location));
        Label placeholder = new Label();
        placeholder.textProperty().bind(text.text("ui.findings.none"));
        setPlaceholder(placeholder);
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setRowFactory(t -> {
            TableRow<Finding> row = new TableRow<>() {
                @Override
                protected void updateItem(Finding item, boolean empty) {
                    super.updateItem(item, empty);
                    pseudoClassStateChanged(SUPPRESSED, !empty && item != null && reasons.containsKey(item));
                }
            };
            row.setOnMouseClicked(e -> {
                if (!row.isEmpty()) {
                    onOpen.accept(row.getItem());
                }
            });
            return row;
        });
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            Finding selected = getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                e.consume();
                onOpen.accept(selected);
            }
        });
        text.languageProperty().addListener((o, old, v) -> refresh());
    }

    private <T> TableColumn<Finding, T> column(String key, double width) {
        TableColumn<Finding, T> c = new TableColumn<>();
        c.textProperty().bind(text.text(key));
        c.setPrefWidth(width);
        return c;
    }

    public void setOnOpen(Consumer<Finding> handler) {
        this.onOpen = handler;
    }

    /** How the Location column names a location (in words, in the current language); the raw text by default. */
    public void setLocationText(Function<Location, String> locationText) {
        this.locationText = locationText;
        refresh();
    }

    /** The findings, the accepted ones ({@code accepted} gives their reason) marked as suppressed. */
    public void show(List<Finding> findings, Function<Finding, Optional<String>> accepted) {

        List<Finding> sorted = findings.stream()
                .sorted((a, b) -> a.severity() != b.severity() ? a.severity().compareTo(b.severity()) : a.code().compareTo(b.code()))
                .toList();
        Map<Finding, String> accepting = new HashMap<>();
        sorted.forEach(f -> accepted.apply(f).ifPresent(reason -> accepting.put(f, reason)));
        boolean marksChanged = !accepting.equals(reasons);
        reasons = accepting;
        List<String> locations = sorted.stream().map(f -> locationText.apply(f.location())).toList();
        boolean locationsChanged = !locations.equals(shownLocations);
        shownLocations = locations;
        if (!sorted.equals(getItems())) {
            getItems().setAll(sorted);
        } else if (marksChanged || locationsChanged) {
            refresh();
        }
    }

    /** A severity icon and its name in the current language. */
    private static final class SeverityCell extends TableCell<Finding, Severity> {
        private final UiText text;
        private final SeverityIcon icon = new SeverityIcon();

        SeverityCell(UiText text) {
            this.text = text;
        }

        @Override
        protected void updateItem(Severity item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            icon.setSeverity(item);
            setGraphic(icon);
            setText(text.get(EnumTexts.key(item)));
        }
    }
}
