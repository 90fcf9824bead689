package dev.s3grant.app;

import dev.s3grant.diff.DiffResult;
import dev.s3grant.diff.SourceFile;
import dev.s3grant.diff.TerraformDiff;
import dev.s3grant.io.ExistingTerraform;
import dev.s3grant.io.ExportPlan;
import dev.s3grant.io.InputException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a design's files change in files that exist already: the design's Terraform against an
 * existing file or folder ({@code diff DESIGN --against PATH} and the window's Compare), and the
 * files an export would overwrite against their new content (the export dialog), and two sets of
 * existing files against each other ({@code compare OLD NEW}).
 */
public final class DesignComparison {

    /** Shown before the path of a generated file, so the two sides of a diff read differently. */
    public static final String GENERATED = "generated/";

    private DesignComparison() {
    }

    /**
     * Reads the existing {@code .tf} files at {@code path}: the file itself, or the {@code .tf}
     * files of the folder, refusing what cannot be read with a message that names the file.
     */
    public static ExistingTerraform readExisting(Path path) throws InputException {
        return ExistingTerraform.read(path);
    }

    /** True when {@code path} is a folder (its {@code .tf} files are compared), false for a file. */
    public static boolean isFolder(Path path) {
        return ExistingTerraform.isFolder(path);
    }

    /**
     * Existing files against existing files: folder against folder by file name, or one file against
     * another whatever their names. Both paths must be folders or both files ({@link #isFolder(Path)}).
     */
    public static DiffResult between(Path oldPath, Path newPath) throws InputException {
        ComparedSides sides = ComparedSides.between(oldPath, newPath);
        return TerraformDiff.compare(sides.olds(), sides.news());
    }

    /**
     * The design's {@code .tf} files against the existing ones. Against a folder every generated
     * {@code .tf} file takes part (files on one side only are listed as such); against a single
     * file only the generated file of the same name does.
     */
    public static DiffResult against(List<OutputFile> designFiles, ExistingTerraform existing) {
        ComparedSides sides = ComparedSides.against(designFiles, existing);
        return TerraformDiff.compare(sides.olds(), sides.news());
    }

    /**
     * The files an export would overwrite, each with its current content (from the plan) against
     * the content the export writes. Files the export creates or leaves alone are not part of it.
     */
    public static DiffResult overwrites(Path folder, ExportPlan plan, Map<String, String> files) {
        Map<String, SourceFile> existing = new TreeMap<>();
        Map<String, SourceFile> written = new TreeMap<>();
        for (String path : plan.changed()) {
            existing.put(path, new SourceFile(folder.resolve(path).toString(), plan.existingContent().get(path)));
            written.put(path, new SourceFile(GENERATED + path, files.get(path)));
        }
        return TerraformDiff.compare(existing, written);
    }
}
