package dev.s3grant.io;

import dev.s3grant.model.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
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
     */
    public static ExportPlan export(Path folder, Map<String, String> files, boolean overwrite) throws InputException {
        ExportPlan plan = plan(folder, files);
        if (plan.overwritesAnything() && !overwrite) {
            throw new InputException(InputProblem.ofFile(folder.toString(),
                    Message.of("export.wouldOverwrite", folder.toString(), String.join(", ", plan.changed()))));
        }
        for (String changed : plan.changed()) {
            Path target = folder.resolve(changed);
            try {
                Files.copy(target, target.resolveSibling(target.getFileName() + ".bak"), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new InputException(InputProblem.ofFile(target.toString(),
                        Message.of("file.writeError", target.toString(), String.valueOf(e.getMessage()))));
            }
        }
        for (Map.Entry<String, String> f : files.entrySet()) {
            if (!plan.unchanged().contains(f.getKey())) {
                SafeFiles.writeAtomically(folder.resolve(f.getKey()), f.getValue());
            }
        }
        return plan;
    }

    private static void checkFolder(Path folder) throws InputException {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new InputException(InputProblem.ofFile(folder.toString(), Message.of("export.notAFolder", folder.toString())));
        }
    }
}
