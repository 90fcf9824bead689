package dev.s3grant.diff;

import dev.s3grant.hcl.HclError;
import java.util.List;
import java.util.Objects;

/**
 * The comparison of one file: its path (the key both sides share), the names to show for each
 * side (empty where the file does not exist), the text diff, the block changes, and the syntax
 * errors the HCL reader found on each side.
 */
public record FileDiff(
        String path,
        String oldName,
        String newName,
        FilePresence presence,
        TextDiff text,
        List<BlockChange> blocks,
        List<HclError> oldErrors,
        List<HclError> newErrors) {

    public FileDiff {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(oldName, "oldName");
        Objects.requireNonNull(newName, "newName");
        Objects.requireNonNull(presence, "presence");
        Objects.requireNonNull(text, "text");
        blocks = List.copyOf(blocks);
        oldErrors = List.copyOf(oldErrors);
        newErrors = List.copyOf(newErrors);
    }

    public boolean hasErrors() {
        return !oldErrors.isEmpty() || !newErrors.isEmpty();
    }

    /**
     * Whether both sides mean the same: the file exists on both, and either the lines are the same
     * or both sides parse and every block change is formatting only.
     */
    public boolean identicalInMeaning() {
        if (presence != FilePresence.BOTH) {
            return false;
        }
        if (!text.hasChanges()) {
            return true;
        }
        return !hasErrors() && blocks.stream().allMatch(BlockChange::formattingOnly);
    }

    /** The block changes to show: all of them, or without the formatting-only ones. */
    public List<BlockChange> visibleBlocks(boolean ignoreFormatting) {
        return ignoreFormatting ? blocks.stream().filter(b -> !b.formattingOnly()).toList() : blocks;
    }

    /** The most important label among the block changes, or formatting only when there are none. */
    public ChangeLabel label() {
        if (presence != FilePresence.BOTH) {
            return blocks.stream().map(BlockChange::label).reduce(ChangeLabel.CHANGED, ChangeLabel::max);
        }
        return blocks.stream().map(BlockChange::label).reduce(ChangeLabel.FORMATTING_ONLY, ChangeLabel::max);
    }
}
