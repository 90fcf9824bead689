package dev.s3grant.app;

import dev.s3grant.io.ExportPlan;
import dev.s3grant.io.FolderExporter;
import dev.s3grant.io.InputException;
import java.nio.file.Path;
import java.util.Map;

/**
 * The façade's door to writing a design's files into a folder ({@code generate} and the window's
 * Export): first the plan (what is created, overwritten, left stale), then the export itself.
 */
public final class FolderExport {

    private FolderExport() {
    }

    /** What exporting {@code files} (by relative path) into {@code folder} would do; nothing is written. */
    public static ExportPlan plan(Path folder, Map<String, String> files) throws InputException {
        return FolderExporter.plan(folder, files);
    }

    /**
     * Writes {@code files} into {@code folder} for the design named {@code design}: existing files are
     * overwritten only with {@code overwrite}, stale files of an earlier export removed only with
     * {@code prune} (each kept as {@code .bak}).
     */
    public static ExportPlan export(Path folder, String design, Map<String, String> files, boolean overwrite,
                                    boolean prune) throws InputException {
        return FolderExporter.export(folder, design, files, overwrite, prune);
    }

    /** As {@link #export(Path, String, Map, boolean, boolean)} for an adopted export: its own files of the user stay the user's. */
    public static ExportPlan export(Path folder, String design, AdoptedExport adopted, boolean overwrite, boolean prune)
            throws InputException {
        return export(folder, design, adopted.content().filesByPath(), overwrite, prune, adopted.notOwned());
    }

    /** As {@link #export(Path, String, Map, boolean, boolean)}, the files in {@code notOwned} left out of the manifest. */
    public static ExportPlan export(Path folder, String design, Map<String, String> files, boolean overwrite, boolean prune,
                                    java.util.Set<String> notOwned) throws InputException {
        return FolderExporter.export(folder, design, files, overwrite, prune, notOwned);
    }
}
