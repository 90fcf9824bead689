package dev.s3grant.ui.forms;

import dev.s3grant.analysis.Severity;
import dev.s3grant.ui.common.SeverityIcon;
import dev.s3grant.ui.i18n.UiText;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Duration;

/**
 * Marks a control in place while the user types: a coloured border (pseudo-classes {@code error},
 * {@code warning}, {@code suggestion}), a severity icon beside it, and the finding's text as the
 * tooltip, above the field's help.
 */
public final class MarkDecoration {

    public static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    public static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");
    public static final PseudoClass SUGGESTION = PseudoClass.getPseudoClass("suggestion");

    /** The node property that holds a control's design path; the forms find fields by it. */
    public static final String PATH = "designPath";

    private MarkDecoration() {
    }

    /** The control with its icon; {@code tipKey} is the help shown when nothing is wrong. */
    public static HBox decorate(Control control, Markable markable, String tipKey, UiText text) {
        control.getProperties().put(PATH, markable.path());
        control.setId(idOf(markable.path()));
        SeverityIcon icon = new SeverityIcon();
        icon.getStyleClass().add("field-mark");
        Tooltip iconTip = new Tooltip();
        Tooltip.install(icon, iconTip);
        Tooltip tip = tooltip();
        control.setTooltip(tip);
        Runnable update = () -> {
            FieldMark mark = markable.markProperty().get();
            Severity severity = mark == null ? null : mark.severity();
            control.pseudoClassStateChanged(ERROR, severity == Severity.ERROR || severity == Severity.SECURITY_WARNING);
            control.pseudoClassStateChanged(WARNING, severity == Severity.WARNING);
            control.pseudoClassStateChanged(SUGGESTION, severity == Severity.SUGGESTION);
            icon.setSeverity(severity);
            String help = text.get(tipKey);
            if (mark == null) {
                tip.setText(help);
                iconTip.setText("");
            } else {
                String finding = text.render(mark.message());
                tip.setText(finding + "\n\n" + help);
                iconTip.setText(finding);
            }
        };
        markable.markProperty().addListener((o, old, v) -> update.run());
        text.languageProperty().addListener((o, old, v) -> update.run());
        update.run();
        HBox box = new HBox(4, control, icon);
        box.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(control, Priority.ALWAYS);
        control.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    /** A mark for a group (a list or a box of controls): an icon with the finding's text, hidden when none. */
    public static SeverityIcon groupIcon(Markable markable, UiText text) {
        SeverityIcon icon = new SeverityIcon();
        icon.getStyleClass().add("field-mark");
        icon.getProperties().put(PATH, markable.path());
        Tooltip tip = tooltip();
        Tooltip.install(icon, tip);
        Runnable update = () -> {
            FieldMark mark = markable.markProperty().get();
            icon.setSeverity(mark == null ? null : mark.severity());
            tip.setText(mark == null ? "" : text.render(mark.message()));
        };
        markable.markProperty().addListener((o, old, v) -> update.run());
        text.languageProperty().addListener((o, old, v) -> update.run());
        update.run();
        return icon;
    }

    /** A tooltip whose text follows {@code key} in the current language. */
    public static Tooltip help(String key, UiText text) {
        Tooltip tip = tooltip();
        tip.textProperty().bind(text.text(key));
        return tip;
    }

    public static void install(Node node, String key, UiText text) {
        Tooltip.install(node, help(key, text));
    }

    private static Tooltip tooltip() {
        Tooltip tip = new Tooltip();
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        tip.setShowDelay(Duration.millis(300));
        tip.setShowDuration(Duration.seconds(30));
        return tip;
    }

    /** A CSS-safe id for a design path: {@code writers[0].accountId} is {@code field-writers-0-accountId}. */
    public static String idOf(String path) {
        return "field-" + path.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "");
    }
}
