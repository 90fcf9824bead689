package dev.s3grant.io;

import java.util.List;
import java.util.Map;

/**
 * What writing a set of files into a folder would do: which files are new, which would change an
 * existing file, and which are already identical.
 */
public record ExportPlan(List<String> created, List<String> changed, List<String> unchanged,
                         Map<String, String> existingContent) {

    public ExportPlan {
        created = List.copyOf(created);
        changed = List.copyOf(changed);
        unchanged = List.copyOf(unchanged);
        existingContent = Map.copyOf(existingContent);
    }

    public boolean overwritesAnything() {
        return !changed.isEmpty();
    }
}
