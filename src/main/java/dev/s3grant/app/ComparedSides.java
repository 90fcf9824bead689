package dev.s3grant.app;

import dev.s3grant.diff.SourceFile;
import dev.s3grant.io.ExistingTerraform;
import dev.s3grant.io.InputException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The two sides of a comparison, keyed so that they pair up file by file: the one pairing that the
 * text diff ({@link DesignComparison}), the access gate ({@link AccessGate}) and the changed findings
 * ({@link FindingChanges}) all read.
 */
record ComparedSides(Map<String, SourceFile> olds, Map<String, SourceFile> news) {

    /**
     * Existing files against existing files: folder against folder by file name, or one file against
     * another whatever their names (the old file is keyed by the new one's name).
     */
    static ComparedSides between(Path oldPath, Path newPath) throws InputException {
        ExistingTerraform olds = ExistingTerraform.read(oldPath);
        Map<String, SourceFile> news = ExistingTerraform.read(newPath).files();
        return new ComparedSides(olds.folder() ? olds.files() : olds.keyedAs(ExistingTerraform.name(newPath)), news);
    }

    /**
     * Existing files (old) against the design's {@code .tf} files (new). Against a folder every generated
     * {@code .tf} file takes part; against a single file only the generated file of the same name does.
     */
    static ComparedSides against(List<OutputFile> designFiles, ExistingTerraform existing) {
        Map<String, SourceFile> generated = new TreeMap<>();
        for (OutputFile file : designFiles) {
            String path = file.relativePath();
            if (path.endsWith(".tf") && (existing.folder() || existing.files().containsKey(path))) {
                generated.put(path, new SourceFile(DesignComparison.GENERATED + path, file.content()));
            }
        }
        return new ComparedSides(existing.files(), generated);
    }
}
