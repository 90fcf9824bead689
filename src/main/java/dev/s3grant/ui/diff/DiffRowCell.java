package dev.s3grant.ui.diff;

import dev.s3grant.diff.LineSide;
import dev.s3grant.diff.RowKind;
import dev.s3grant.diff.Segment;
import dev.s3grant.text.Localizer;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * Draws one row: side by side (old line number, old line, new line number, new line), a unified
 * line, or a folded region. Removed lines carry {@code .diff-removed}, added lines
 * {@code .diff-added}, and the changed words inside them {@code .diff-changed-word}.
 */
final class DiffRowCell extends ListCell<DisplayRow> {

    static final String ADDED = "diff-added";
    static final String REMOVED = "diff-removed";
    static final String CHANGED_WORD = "diff-changed-word";
    static final String COLLAPSED = "diff-collapsed";

    private final Localizer texts;
    private final Consumer<DisplayRow.Collapsed> expand;

    DiffRowCell(Localizer texts, Consumer<DisplayRow.Collapsed> expand) {
        this.texts = texts;
        this.expand = expand;
        getStyleClass().add("diff-row");
    }

    @Override
    protected void updateItem(DisplayRow item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        setOnMouseClicked(null);
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        if (item instanceof DisplayRow.Pair pair) {
            HBox oldHalf = half(pair.row().oldSide(), pair.row().kind() == RowKind.EQUAL ? null : REMOVED);
            HBox newHalf = half(pair.row().newSide(), pair.row().kind() == RowKind.EQUAL ? null : ADDED);
            oldHalf.getStyleClass().add("diff-old-half");
            newHalf.getStyleClass().add("diff-new-half");
            // Both halves ask for no width and grow alike: the row's width is split in two equal halves.
            HBox both = new HBox(oldHalf, newHalf);
            both.setMinWidth(0);
            setGraphic(both);
        } else if (item instanceof DisplayRow.Unified line) {
            String style = switch (line.kind()) {
                case DELETED -> REMOVED;
                case INSERTED -> ADDED;
                default -> null;
            };
            HBox box = new HBox(number(line.number()), text(String.valueOf(line.marker()), false));
            LineText lineText = new LineText(segments(line.segments()));
            HBox.setHgrow(lineText, Priority.ALWAYS);
            box.getChildren().add(lineText);
            box.setMinWidth(0);
            style(box, style);
            setGraphic(box);
        } else if (item instanceof DisplayRow.Collapsed folded) {
            Label label = new Label(texts.format("diff.view.collapsed", folded.region().size()));
            label.getStyleClass().add(COLLAPSED);
            label.setMaxWidth(Double.MAX_VALUE);
            setOnMouseClicked(e -> expand.accept(folded));
            setGraphic(label);
        }
    }

    private HBox half(LineSide side, String style) {
        HBox box = new HBox(number(side.number()));
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setMinWidth(0);
        box.setPrefWidth(0);
        box.setMaxWidth(Double.MAX_VALUE);
        if (side.present()) {
            LineText line = new LineText(segments(side.segments()));
            HBox.setHgrow(line, Priority.ALWAYS);
            box.getChildren().add(line);
            style(box, style);
        } else {
            box.getStyleClass().add("diff-absent");
        }
        return box;
    }

    private static void style(HBox box, String style) {
        if (style != null) {
            box.getStyleClass().add(style);
        }
    }

    private static List<Label> segments(List<Segment> segments) {
        return segments.stream().map(s -> text(s.text(), s.changed())).toList();
    }

    private static Label number(int number) {
        Label label = new Label(number > 0 ? String.valueOf(number) : "");
        label.getStyleClass().add("diff-line-number");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label text(String text, boolean changed) {
        Label label = new Label(text);
        label.getStyleClass().add("diff-text");
        label.setMinWidth(Region.USE_PREF_SIZE);
        if (changed) {
            label.getStyleClass().add(CHANGED_WORD);
        }
        return label;
    }
}
