package dev.s3grant.hcl;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/** Collects syntax errors; hands them out sorted by position with exact duplicates removed. */
final class ErrorLog {

    private final LineIndex lines;
    private final List<HclError> errors = new ArrayList<>();

    ErrorLog(LineIndex lines) {
        this.lines = lines;
    }

    void add(Range range, String message) {
        errors.add(new HclError(range, message));
    }

    void add(int startOffset, int endOffset, String message) {
        add(lines.range(startOffset, endOffset), message);
    }

    void addAll(List<HclError> more) {
        errors.addAll(more);
    }

    List<HclError> sorted() {
        List<HclError> sorted = new ArrayList<>(new LinkedHashSet<>(errors));
        sorted.sort(Comparator.comparingInt((HclError e) -> e.range().startOffset())
                .thenComparingInt(e -> e.range().endOffset()));
        return List.copyOf(sorted);
    }
}
