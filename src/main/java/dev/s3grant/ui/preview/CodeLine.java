package dev.s3grant.ui.preview;

import java.util.Collection;
import java.util.List;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.fxmisc.richtext.model.StyleSpan;

/**
 * One line of the code view: a text flow with one text node per style run. Showing another line
 * sets the text and style classes of the nodes it already has, adds nodes at the end when the new
 * line has more runs and removes the last ones when it has fewer: the line's nodes stay where they
 * are, so JavaFX repaints only the part of the line whose pixels changed, not the whole view.
 */
final class CodeLine extends TextFlow {

    private StyledLines.Line shown;
    private int index = -1;
    private int sets;

    CodeLine() {
        getStyleClass().add("code-line");
        setManaged(false);
    }

    /** Shows {@code line} as line {@code at}; false when it already showed it and nothing was set. */
    boolean show(int at, StyledLines.Line line) {
        index = at;
        if (line == shown || line.equals(shown)) {
            shown = line;
            return false;
        }
        shown = line;
        sets++;
        ObservableList<Node> texts = getChildren();
        List<StyleSpan<Collection<String>>> runs = line.runs();
        boolean added = false;
        int from = 0;
        for (int i = 0; i < runs.size(); i++) {
            StyleSpan<Collection<String>> run = runs.get(i);
            String piece = line.text().substring(from, from + run.getLength());
            from += run.getLength();
            Text text;
            if (i < texts.size()) {
                text = (Text) texts.get(i);
                if (!text.getText().equals(piece)) {
                    text.setText(piece);
                }
            } else {
                text = new CodeText(piece);
                texts.add(text);
                added = true;
            }
            setStyles(text, run.getStyle());
        }
        if (texts.size() > runs.size()) {
            texts.remove(runs.size(), texts.size());
        }
        if (added) {
            // Styled now, before the line is measured and drawn: left to the next pulse, the frame would draw
            // the new texts in JavaFX's default font, in black (decision 0061).
            applyCss();
        }
        return true;
    }

    private static void setStyles(Text text, Collection<String> styles) {
        ObservableList<String> classes = text.getStyleClass();
        boolean same = classes.size() == styles.size() + 1 && classes.get(0).equals("text")
                && classes.subList(1, classes.size()).containsAll(styles);
        if (!same) {
            String[] all = new String[styles.size() + 1];
            all[0] = "text";
            int i = 1;
            for (String style : styles) {
                all[i++] = style;
            }
            classes.setAll(all);
        }
    }

    /** The index of the line shown, or -1. */
    int index() {
        return index;
    }

    StyledLines.Line shown() {
        return shown;
    }

    /** How often a line was set in this node: a test sees that unchanged lines are left alone. */
    int sets() {
        return sets;
    }

    /** Forgets the line shown, so that the next {@link #show} sets it again. */
    void clear() {
        index = -1;
    }

    /** The x of the caret before {@code column}, in this line's coordinates. */
    double x(int column) {
        if (column <= 0 || getChildren().isEmpty()) {
            return 0;
        }
        javafx.scene.shape.PathElement[] shape = caretShape(Math.min(column, shown.text().length()), true);
        if (shape.length > 0 && shape[0] instanceof javafx.scene.shape.MoveTo move) {
            return move.getX();
        }
        return 0;
    }

    /** The column nearest to {@code x}, in this line's coordinates. */
    int column(double x, double y) {
        if (getChildren().isEmpty()) {
            return 0;
        }
        return Math.max(0, Math.min(shown.text().length(), hitTest(new javafx.geometry.Point2D(x, y)).getInsertionIndex()));
    }
}
