package dev.s3grant.io;

import dev.s3grant.model.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes a set of generated files into a folder safely: it plans first, refuses to overwrite
 * changed files unless told to, keeps the previous version of each overwritten file as
 * {@code <name>.bak}, and writes every file atomically. Each export records what it wrote in the
 * folder's {@link ExportManifest}, so the next one finds the files it no longer produces and,
 * when told to prune, removes those still unchanged (decision 0014).
 */
public final class FolderExporter {

    private FolderExporter() {
    }

    /** Compares the files with what the folder holds now, and with what the last export wrote there. */
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
        List<String> stale = new ArrayList<>();
        List<String> staleEdited = new ArrayList<>();
        Optional<ExportManifest> earlier = ExportManifest.read(folder);
        if (earlier.isPresent()) {
            for (String path : new TreeMap<>(earlier.get().sha256ByPath()).keySet()) {
                if (files.containsKey(path) || !SafeFiles.isRegularFile(folder.resolve(path))) {
                    continue;
                }
                (unchangedSinceWritten(folder, earlier.get(), path) ? stale : staleEdited).add(path);
            }
        }
        return new ExportPlan(created, changed, unchanged, existing, stale, staleEdited);
    }

    /**
     * Writes the files of design {@code design}. Without {@code overwrite}, refuses (and writes
     * nothing) when any existing file would change; with it, keeps each changed file's old content
     * as {@code <name>.bak}. Without {@code prune}, refuses when the folder holds files the last
     * export wrote that these files do not include; with it, renames each of them that is still
     * unchanged to {@code <name>.bak}, and leaves those changed since in place (they stay in the
     * manifest, so every later export reports them again).
     *
     * <p>Every new content is staged in a temporary file first; only when all are staged are they
     * renamed into place, so an export that fails or is killed while writing leaves the old files
     * as they were. The manifest is written last.
     */
    public static ExportPlan export(Path folder, String design, Map<String, String> files, boolean overwrite, boolean prune)
            throws InputException {
        return export(folder, design, files, overwrite, prune, java.util.Set.of());
    }

    /**
     * As {@link #export(Path, String, Map, boolean, boolean)}, but the files in {@code notOwned} are
     * written without entering the manifest, so no later export ever removes them: the user's own
     * files written again by an adopting export, and its {@code moved} blocks (decision 0030).
     */
    public static ExportPlan export(Path folder, String design, Map<String, String> files, boolean overwrite, boolean prune,
                                    java.util.Set<String> notOwned) throws InputException {
        ExportPlan plan = plan(folder, files);
        if (plan.overwritesAnything() && !overwrite) {
            throw new InputException(InputProblem.ofFile(folder.toString(),
                    Message.of("export.wouldOverwrite", folder.toString(), String.join(", ", plan.changed()))));
        }
        if (plan.leavesStaleFiles() && !prune) {
            List<String> all = new ArrayList<>(plan.stale());
            all.addAll(plan.staleEdited());
            throw new InputException(InputProblem.ofFile(folder.toString(),
                    Message.of("export.wouldLeaveStale", folder.toString(), String.join(", ", all))));
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
                Path backup = SafeFiles.backupOf(target);
                SafeFiles.moveIntoPlace(SafeFiles.stage(backup, plan.existingContent().get(changed), permissionsOf(target)), backup);
            }
            for (Map.Entry<Path, Path> s : staged.entrySet()) {
                SafeFiles.moveIntoPlace(s.getValue(), s.getKey());
            }
            staged.clear();
        } finally {
            staged.values().forEach(SafeFiles::deleteQuietly);
        }
        for (String path : plan.stale()) {
            SafeFiles.moveToBackup(folder.resolve(path));
        }
        Map<String, String> owned = new LinkedHashMap<>(files);
        owned.keySet().removeAll(notOwned);
        writeManifest(folder, design, owned, plan);
        return plan;
    }

    /** The new manifest: every file written, and the earlier export's files that were changed by hand and so stay. */
    private static void writeManifest(Path folder, String design, Map<String, String> files, ExportPlan plan) throws InputException {
        Map<String, String> hashes = new TreeMap<>(ExportManifest.of(design, files).sha256ByPath());
        ExportManifest.read(folder).ifPresent(earlier ->
                plan.staleEdited().forEach(path -> hashes.put(path, earlier.sha256ByPath().get(path))));
        String text = new ExportManifest(design, hashes).text();
        Path file = folder.resolve(ExportManifest.FILE_NAME);
        if (SafeFiles.isRegularFile(file) && text.equals(readQuietly(file))) {
            return;
        }
        SafeFiles.writeAtomically(file, text);
    }

    private static boolean unchangedSinceWritten(Path folder, ExportManifest manifest, String path) throws InputException {
        try {
            return manifest.unchangedSinceWritten(folder, path);
        } catch (IOException e) {
            String file = folder.resolve(path).toString();
            throw new InputException(InputProblem.ofFile(file, Message.of("file.ioError", file, String.valueOf(e.getMessage()))));
        }
    }

    private static Optional<Set<PosixFilePermission>> permissionsOf(Path file) throws InputException {
        try {
            return SafeFiles.permissionsOf(file.toAbsolutePath());
        } catch (IOException e) {
            String name = file.toString();
            throw new InputException(InputProblem.ofFile(name, Message.of("file.ioError", name, String.valueOf(e.getMessage()))));
        }
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static void checkFolder(Path folder) throws InputException {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new InputException(InputProblem.ofFile(folder.toString(), Message.of("export.notAFolder", folder.toString())));
        }
    }
}
