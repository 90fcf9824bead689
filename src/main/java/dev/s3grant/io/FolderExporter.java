package dev.s3grant.io;

import dev.s3grant.model.Message;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a set of generated files into a folder safely: it plans first, refuses to overwrite
 * changed files unless told to, keeps the previous version of each overwritten file as
 * {@code <name>.bak}, and writes every file atomically.
 */
public final class FolderExporter {

    private FolderExporter() {
    }

    /** Compares the files with what the folder holds now. */
    public static ExportPlan plan(Path folder, Map<String, String> files) throws InputException {
        checkFolder(folder);
        List<String> created = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        Map<String, String> existing = new HashMap<>();
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path target = folder.resolve(f.getKey());
            if (!Files.exists(target)) {
                created.add(f.getKey());
                continue;
            }
            String old = DesignFiles.readText(target, Long.MAX_VALUE);
            existing.put(f.getKey(), old);
            if (old.equals(f.getValue())) {
                unchanged.add(f.getKey());
            } else {
                changed.add(f.getKey());
            }
        }
        return new ExportPlan(created, changed, unchanged, existing);
    }

    /**
     * Writes the files. Without {@code overwrite}, refuses (and writes nothing) when any existing
     * file would change; with it, keeps each changed file's old content as {@code <name>.bak}.
     * Every new content is staged in a temporary file first; only when all are staged are they
     * renamed into place, so an export that fails or is killed while writing leaves the old files
     * as they were.
     */
    public static ExportPlan export(Path folder, Map<String, String> files, boolean overwrite) throws InputException {
        ExportPlan plan = plan(folder, files);
        if (plan.overwritesAnything() && !overwrite) {
            throw new InputException(InputProblem.ofFile(folder.toString(),
                    Message.of("export.wouldOverwrite", folder.toString(), String.join(", ", plan.changed()))));
        }
        Map<Path, Path> staged = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, String> f : files.entrySet()) {
                if (!plan.unchanged().contains(f.getKey())) {
                    Path target = folder.resolve(f.getKey());
                    staged.put(target, SafeFiles.stage(target, f.getValue()));
                }
            }
            for (String changed : plan.changed()) {
                Path target = folder.resolve(changed);
                SafeFiles.moveIntoPlace(SafeFiles.stage(target.resolveSibling(target.getFileName() + ".bak"),
                        plan.existingContent().get(changed)), target.resolveSibling(target.getFileName() + ".bak"));
            }
            for (Map.Entry<Path, Path> s : staged.entrySet()) {
                SafeFiles.moveIntoPlace(s.getValue(), s.getKey());
            }
            staged.clear();
        } finally {
            staged.values().forEach(SafeFiles::deleteQuietly);
        }
        return plan;
    }

    private static void checkFolder(Path folder) throws InputException {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new InputException(InputProblem.ofFile(folder.toString(), Message.of("export.notAFolder", folder.toString())));
        }
    }
}
