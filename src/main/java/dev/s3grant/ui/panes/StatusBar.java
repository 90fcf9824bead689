package dev.s3grant.ui.panes;

import dev.s3grant.analysis.Severity;
import dev.s3grant.ui.common.SeverityIcon;
import dev.s3grant.ui.i18n.UiText;
import java.util.EnumMap;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The counts of findings by severity, the access check's verdict, and whether the preview is being computed. */
public final class StatusBar extends HBox {

    private final UiText text;
    private final Map<Severity, Label> counts = new EnumMap<>(Severity.class);
    private final Label access = new Label();
    private final Label state = new Label();
    private Map<Severity, Integer> lastCounts = Map.of();
    private long lastRows;
    private long lastMismatches;
    private boolean lastComputing;
    private String lastFailure = "";
    private boolean shown;

    public StatusBar(UiText text) {
        super(14);
        this.text = text;
        getStyleClass().add("status-bar");
        setId("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        for (Severity s : Severity.values()) {
            Label label = new Label();
            label.setGraphic(new SeverityIcon(s));
            label.setId("status-" + SeverityIcon.styleClass(s));
            counts.put(s, label);
            getChildren().add(label);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        access.setId("status-access");
        state.setId("status-state");
        getChildren().addAll(access, spacer, state);
        text.languageProperty().addListener((o, old, v) -> render());
    }

    /** Shows the counts, the access check's verdict and the state; only the texts whose inputs changed are set again. */
    public void show(Map<Severity, Integer> severityCounts, long accessRows, long mismatches, boolean computing, String failure) {
        boolean first = !shown;
        shown = true;
        if (first || !severityCounts.equals(lastCounts)) {
            lastCounts = severityCounts;
            renderCounts();
        }
        if (first || accessRows != lastRows || mismatches != lastMismatches) {
            lastRows = accessRows;
            lastMismatches = mismatches;
            renderAccess();
        }
        if (first || computing != lastComputing || !failure.equals(lastFailure)) {
            lastComputing = computing;
            lastFailure = failure;
            renderState();
        }
    }

    private void render() {
        renderCounts();
        renderAccess();
        renderState();
    }

    private void renderCounts() {
        for (Severity s : Severity.values()) {
            int n = lastCounts.getOrDefault(s, 0);
            counts.get(s).setText(text.get(switch (s) {
                case ERROR -> "ui.status.errors";
                case SECURITY_WARNING -> "ui.status.securityWarnings";
                case WARNING -> "ui.status.warnings";
                case SUGGESTION -> "ui.status.suggestions";
            }, n));
        }
    }

    private void renderAccess() {
        if (lastRows == 0) {
            access.setText("");
        } else if (lastMismatches == 0) {
            access.setText(text.get("ui.status.accessOk", lastRows));
        } else {
            access.setText(text.get("ui.status.accessMismatch", lastMismatches, lastRows));
        }
        if (lastMismatches > 0 != access.getStyleClass().contains("mismatch")) {
            if (lastMismatches > 0) {
                access.getStyleClass().add("mismatch");
            } else {
                access.getStyleClass().remove("mismatch");
            }
        }
    }

    private void renderState() {
        state.setText(!lastFailure.isEmpty() ? lastFailure
                : text.get(lastComputing ? "ui.status.computing" : "ui.status.upToDate"));
    }

    public String countsText() {
        StringBuilder b = new StringBuilder();
        counts.values().forEach(l -> b.append(l.getText()).append(' '));
        return b.toString().trim();
    }
}
