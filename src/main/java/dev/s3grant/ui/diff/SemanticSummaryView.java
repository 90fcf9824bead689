package dev.s3grant.ui.diff;

import dev.s3grant.diff.AccessChange;
import dev.s3grant.diff.AttributeChange;
import dev.s3grant.diff.BlockChange;
import dev.s3grant.diff.ChangeLabel;
import dev.s3grant.diff.ChangeTexts;
import dev.s3grant.diff.FileDiff;
import dev.s3grant.diff.FilePresence;
import dev.s3grant.diff.SideNames;
import dev.s3grant.text.Localizer;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The semantic summary of one file: syntax errors, then each block change by address with its
 * attribute and access changes, in the same words as the text report. Labels carry
 * {@code .diff-formatting-only}, {@code .diff-changed} or {@code .diff-access-changed}.
 */
final class SemanticSummaryView extends VBox {

    private final Localizer localizer;
    private final ChangeTexts texts;
    private final SideNames sides;

    SemanticSummaryView(Localizer localizer, SideNames sides) {
        this.localizer = localizer;
        this.sides = sides;
        this.texts = new ChangeTexts(localizer);
        getStyleClass().add("diff-summary");
    }

    void show(FileDiff file, boolean ignoreFormatting) {
        getChildren().clear();
        if (file == null) {
            return;
        }
        if (file.presence() != FilePresence.BOTH) {
            line(localizer.text(file.presence() == FilePresence.OLD_ONLY ? sides.viewOldOnlyKey() : sides.viewNewOnlyKey()), 0, "diff-one-sided");
        }
        file.oldErrors().forEach(e -> line(texts.error(file.oldName(), e), 0, "diff-error"));
        file.newErrors().forEach(e -> line(texts.error(file.newName(), e), 0, "diff-error"));
        List<BlockChange> blocks = file.visibleBlocks(ignoreFormatting);
        if (blocks.isEmpty() && !file.hasErrors() && file.presence() == FilePresence.BOTH) {
            line(localizer.text(file.text().hasChanges() ? "diff.label.formattingOnly" : "diff.view.noChanges"), 0, null);
        }
        for (BlockChange block : blocks) {
            line(ChangeTexts.marker(block.kind()) + " " + texts.block(block), 0, styleOf(block.label()));
            for (AttributeChange attribute : block.attributes()) {
                line(texts.attribute(attribute), 1, styleOf(attribute.label()));
            }
            for (AccessChange access : block.access()) {
                List<String> lines = texts.access(access);
                line(lines.get(0), 1, "diff-access-changed");
                lines.subList(1, lines.size()).forEach(l -> line(l, 2, "diff-access"));
            }
        }
    }

    private void line(String text, int depth, String style) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("diff-depth-" + depth);
        if (style != null) {
            label.getStyleClass().add(style);
        }
        getChildren().add(label);
    }

    static String styleOf(ChangeLabel label) {
        return "diff-" + label.id();
    }
}
