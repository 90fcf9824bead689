package dev.s3grant.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;

/** Computes the line diff of two texts with java-diff-utils (Myers). */
public final class TextDiffer {

    /** Lines of unchanged context around each change in the unified text, as {@code diff -u}. */
    public static final int UNIFIED_CONTEXT = 3;

    private TextDiffer() {
    }

    /**
     * Diffs two texts. The names head the unified text ({@code --- oldName}, {@code +++ newName}).
     * Lines end at LF; a CR before it is not part of the line, so CRLF and LF files compare equal.
     */
    public static TextDiff diff(String oldName, String oldText, String newName, String newText) {
        List<String> oldLines = lines(oldText);
        List<String> newLines = lines(newText);
        Patch<String> patch = DiffUtils.diff(oldLines, newLines);
        List<SideBySideRow> rows = new ArrayList<>();
        int oldIndex = 0;
        int newIndex = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int deltaStart = delta.getSource().getPosition();
            while (oldIndex < deltaStart) {
                rows.add(equalRow(oldIndex++, newIndex++, oldLines));
            }
            List<String> removed = delta.getSource().getLines();
            List<String> added = delta.getTarget().getLines();
            for (int j = 0; j < Math.max(removed.size(), added.size()); j++) {
                if (j < removed.size() && j < added.size()) {
                    WordDiff.Pair words = WordDiff.segments(removed.get(j), added.get(j));
                    rows.add(new SideBySideRow(RowKind.CHANGED,
                            new LineSide(oldIndex + 1, words.oldSegments()),
                            new LineSide(newIndex + 1, words.newSegments())));
                    oldIndex++;
                    newIndex++;
                } else if (j < removed.size()) {
                    rows.add(new SideBySideRow(RowKind.DELETED, LineSide.plain(++oldIndex, removed.get(j)), LineSide.ABSENT));
                } else {
                    rows.add(new SideBySideRow(RowKind.INSERTED, LineSide.ABSENT, LineSide.plain(++newIndex, added.get(j))));
                }
            }
        }
        while (oldIndex < oldLines.size()) {
            rows.add(equalRow(oldIndex++, newIndex++, oldLines));
        }
        List<String> unified = patch.getDeltas().isEmpty()
                ? List.of()
                : UnifiedDiffUtils.generateUnifiedDiff(oldName, newName, oldLines, patch, UNIFIED_CONTEXT);
        return new TextDiff(rows, unified);
    }

    private static SideBySideRow equalRow(int oldIndex, int newIndex, List<String> oldLines) {
        String line = oldLines.get(oldIndex);
        return new SideBySideRow(RowKind.EQUAL, LineSide.plain(oldIndex + 1, line), LineSide.plain(newIndex + 1, line));
    }

    /** The lines of a text: split at LF, without a trailing CR; a final line break ends the last line. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            int next = end < 0 ? text.length() : end + 1;
            int lineEnd = end < 0 ? text.length() : end;
            if (lineEnd > start && text.charAt(lineEnd - 1) == '\r') {
                lineEnd--;
            }
            lines.add(text.substring(start, lineEnd));
            start = next;
        }
        return lines;
    }
}
