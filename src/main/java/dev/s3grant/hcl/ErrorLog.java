package dev.s3grant.hcl;

import dev.s3grant.model.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Collects syntax errors and hands them out sorted by position. */
final class ErrorLog {

    private final LineIndex lines;
    private final List<HclError> errors = new ArrayList<>();

    ErrorLog(LineIndex lines) {
        this.lines = lines;
    }

    void add(Range range, Message message) {
        errors.add(new HclError(range, message));
    }

    void add(int startOffset, int endOffset, Message message) {
        add(lines.range(startOffset, endOffset), message);
    }

    void addAll(List<HclError> more) {
        errors.addAll(more);
    }

    /**
     * The errors by position. Only the first error reported at a position is kept: later ones at
     * the same place are consequences of the first (a missing ']' then a missing line break).
     */
    List<HclError> sorted() {
        Map<Integer, HclError> firstByStart = new TreeMap<>();
        for (HclError error : errors) {
            firstByStart.putIfAbsent(error.range().startOffset(), error);
        }
        return List.copyOf(firstByStart.values());
    }
}
