package dev.s3grant.ui.forms;

import dev.s3grant.analysis.Severity;
import dev.s3grant.ui.common.LazyTooltip;
import dev.s3grant.ui.common.SeverityIcon;
import dev.s3grant.ui.i18n.UiText;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Duration;

/**
 * Marks a control in place while the user types: a coloured border (pseudo-classes {@code error},
 * {@code warning}, {@code suggestion}), a severity icon beside it, and the finding's text as the
 * tooltip, above the field's help. Tooltips are made when the pointer first comes onto their
 * node ({@link LazyTooltip}).
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
        LazyTooltip iconTip = LazyTooltip.install(icon, tip -> { });
        LazyTooltip tip = tooltip(control);
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
        LazyTooltip tip = tooltip(icon);
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

    /** Gives {@code node} a tooltip whose text is {@code key}'s help in the current language. */
    public static LazyTooltip install(Node node, String key, UiText text) {
        LazyTooltip tip = tooltip(node);
        tip.textProperty().bind(text.text(key));
        return tip;
    }

    private static LazyTooltip tooltip(Node node) {
        return LazyTooltip.install(node, tip -> {
            tip.setWrapText(true);
            tip.setMaxWidth(420);
            tip.setShowDelay(Duration.millis(300));
            tip.setShowDuration(Duration.seconds(30));
        });
    }

    /** A CSS-safe id for a design path: {@code writers[0].accountId} is {@code field-writers-0-accountId}. */
    public static String idOf(String path) {
        return "field-" + path.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "");
    }
}
