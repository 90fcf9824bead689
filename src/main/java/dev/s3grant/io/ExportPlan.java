package dev.s3grant.io;

import java.util.List;
import java.util.Map;

/**
 * What writing a set of files into a folder would do: which files are new, which would change an
 * existing file, and which are already identical; and which files an earlier export wrote there
 * that this one no longer produces (decision 0014): {@code stale} ones still hold exactly what was
 * written and are removed (kept as {@code <name>.bak}) when the export prunes, {@code staleEdited}
 * ones were changed since and are only ever reported.
 */
public record ExportPlan(List<String> created, List<String> changed, List<String> unchanged,
                         Map<String, String> existingContent, List<String> stale, List<String> staleEdited) {

    public ExportPlan {
        created = List.copyOf(created);
        changed = List.copyOf(changed);
        unchanged = List.copyOf(unchanged);
        existingContent = Map.copyOf(existingContent);
        stale = List.copyOf(stale);
        staleEdited = List.copyOf(staleEdited);
    }

    /** A plan without files of an earlier export. */
    public ExportPlan(List<String> created, List<String> changed, List<String> unchanged, Map<String, String> existingContent) {
        this(created, changed, unchanged, existingContent, List.of(), List.of());
    }

    public boolean overwritesAnything() {
        return !changed.isEmpty();
    }

    /** True when the folder holds files an earlier export wrote that this one does not produce. */
    public boolean leavesStaleFiles() {
        return !stale.isEmpty() || !staleEdited.isEmpty();
    }
}
