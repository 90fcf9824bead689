package dev.s3grant.ui.common;

import dev.s3grant.analysis.Severity;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * A small severity sign drawn with CSS shapes, so it needs no icon font: a red circle with a cross
 * for errors, a shield for security warnings, an amber triangle for warnings, a blue circle for
 * suggestions. {@code null} hides it. The shape and the glyph are made when the icon first shows a
 * severity: most fields of the forms never have a finding, and their hidden icons would still be
 * styled and laid out when the window opens (the icon's size is fixed by CSS either way).
 */
public final class SeverityIcon extends StackPane {

    private Label glyph;

    public SeverityIcon() {
        getStyleClass().add("severity-icon");
        setMouseTransparent(false);
        setSeverity(null);
    }

    public SeverityIcon(Severity severity) {
        this();
        setSeverity(severity);
    }

    public void setSeverity(Severity severity) {
        getStyleClass().removeAll(styleClasses());
        setVisible(severity != null);
        if (severity == null) {
            if (glyph != null) {
                glyph.setText("");
            }
            return;
        }
        if (glyph == null) {
            Region shape = new Region();
            shape.getStyleClass().add("severity-shape");
            glyph = new Label();
            glyph.getStyleClass().add("severity-glyph");
            getChildren().addAll(shape, glyph);
        }
        getStyleClass().add(styleClass(severity));
        glyph.setText(switch (severity) {
            case ERROR -> "\u00D7";
            case SECURITY_WARNING, WARNING -> "!";
            case SUGGESTION -> "i";
        });
    }

    public static String styleClass(Severity severity) {
        return switch (severity) {
            case ERROR -> "severity-error";
            case SECURITY_WARNING -> "severity-security-warning";
            case WARNING -> "severity-warning";
            case SUGGESTION -> "severity-suggestion";
        };
    }

    private static String[] styleClasses() {
        return new String[] {"severity-error", "severity-security-warning", "severity-warning", "severity-suggestion"};
    }
}
