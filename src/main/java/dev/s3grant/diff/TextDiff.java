package dev.s3grant.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * The line diff of one file: side-by-side rows with line numbers and changed words, and the
 * unified diff text (empty when the texts have the same lines).
 */
public record TextDiff(List<SideBySideRow> rows, List<String> unified) {

    public TextDiff {
        rows = List.copyOf(rows);
        unified = List.copyOf(unified);
    }

    public boolean hasChanges() {
        return rows.stream().anyMatch(SideBySideRow::changed);
    }

    /** The index of the first row of each run of changed rows, in order: where F7 stops. */
    public List<Integer> changeStarts() {
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).changed() && (i == 0 || !rows.get(i - 1).changed())) {
                starts.add(i);
            }
        }
        return List.copyOf(starts);
    }

    /**
     * The rows cut into regions that cover them all in order: each change with {@code context}
     * unchanged rows around it stays open, and every longer run of unchanged rows is collapsed.
     * A collapsed region is never shorter than two rows (folding one line saves nothing).
     */
    public List<RowRegion> regions(int context) {
        if (context < 0) {
            throw new IllegalArgumentException("context must not be negative");
        }
        boolean[] open = new boolean[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).changed()) {
                for (int j = Math.max(0, i - context); j <= Math.min(rows.size() - 1, i + context); j++) {
                    open[j] = true;
                }
            }
        }
        List<RowRegion> regions = new ArrayList<>();
        int start = 0;
        while (start < rows.size()) {
            int end = start;
            while (end < rows.size() && open[end] == open[start]) {
                end++;
            }
            boolean collapse = !open[start] && end - start >= 2;
            if (!regions.isEmpty() && !collapse && !regions.get(regions.size() - 1).collapsed()) {
                RowRegion last = regions.remove(regions.size() - 1);
                regions.add(new RowRegion(last.from(), end, false));
            } else {
                regions.add(new RowRegion(start, end, collapse));
            }
            start = end;
        }
        return List.copyOf(regions);
    }
}
