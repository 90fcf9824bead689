package dev.s3grant.diff;

import dev.s3grant.hcl.HclError;
import dev.s3grant.text.Localizer;
import java.util.List;

/**
 * The text output of {@code diff} and {@code compare}: the unified diff of every file whose text
 * changed, then the semantic summary per file, the files that exist on one side only, and the
 * verdict. With {@code ignoreFormatting}, files and blocks whose changes are formatting only are
 * left out (and counted).
 */
public final class DiffTextReport {

    private DiffTextReport() {
    }

    public static String render(DiffResult result, Localizer localizer, SideNames sides, boolean ignoreFormatting) {
        ChangeTexts texts = new ChangeTexts(localizer);
        StringBuilder out = new StringBuilder();
        int hidden = 0;
        for (FileDiff file : result.files()) {
            if (!file.text().hasChanges() || (ignoreFormatting && file.identicalInMeaning())) {
                continue;
            }
            file.text().unified().forEach(line -> out.append(line).append('\n'));
        }
        if (out.length() > 0) {
            out.append('\n');
        }
        out.append(texts.text("diff.summary.title")).append('\n');
        for (FileDiff file : result.files()) {
            if (file.presence() != FilePresence.BOTH) {
                continue;
            }
            if (!file.text().hasChanges()) {
                out.append(texts.format("diff.file.identical", file.path())).append('\n');
                continue;
            }
            if (ignoreFormatting && file.identicalInMeaning()) {
                hidden += Math.max(1, file.blocks().size());
                continue;
            }
            List<BlockChange> blocks = file.visibleBlocks(ignoreFormatting);
            hidden += file.blocks().size() - blocks.size();
            String label = file.hasErrors() && file.blocks().isEmpty()
                    ? texts.label(ChangeLabel.CHANGED) : texts.label(file.label());
            out.append(texts.format("diff.file", file.path(), label)).append('\n');
            appendErrors(out, texts, file.oldName(), file.oldErrors());
            appendErrors(out, texts, file.newName(), file.newErrors());
            for (BlockChange block : blocks) {
                out.append("  ").append(ChangeTexts.marker(block.kind())).append(' ').append(texts.block(block)).append('\n');
                for (AttributeChange attribute : block.attributes()) {
                    out.append("      ").append(texts.attribute(attribute)).append('\n');
                }
                for (AccessChange access : block.access()) {
                    List<String> lines = texts.access(access);
                    out.append("      ").append(lines.get(0)).append('\n');
                    lines.subList(1, lines.size()).forEach(l -> out.append("        ").append(l).append('\n'));
                }
            }
        }
        for (FileDiff file : result.oneSidedFiles()) {
            boolean oldOnly = file.presence() == FilePresence.OLD_ONLY;
            out.append(texts.format(oldOnly ? sides.oldOnlyKey() : sides.newOnlyKey(), file.path())).append('\n');
            appendErrors(out, texts, oldOnly ? file.oldName() : file.newName(), oldOnly ? file.oldErrors() : file.newErrors());
            for (BlockChange block : file.visibleBlocks(ignoreFormatting)) {
                out.append("  ").append(ChangeTexts.marker(block.kind())).append(' ').append(texts.block(block)).append('\n');
            }
        }
        if (hidden > 0) {
            out.append(texts.format("diff.hiddenFormatting", hidden)).append('\n');
        }
        out.append(texts.text(result.identicalInMeaning() ? "diff.result.identical" : "diff.result.different")).append('\n');
        return out.toString();
    }

    private static void appendErrors(StringBuilder out, ChangeTexts texts, String file, List<HclError> errors) {
        errors.forEach(e -> out.append("  ").append(texts.error(file, e)).append('\n'));
    }
}
