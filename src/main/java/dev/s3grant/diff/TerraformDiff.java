package dev.s3grant.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Compares two sets of Terraform files, by text and by meaning. Files are paired by path (the
 * map keys); each side is read as one Terraform module, so a policy may live in a
 * {@code data "aws_iam_policy_document"} block of another file. A {@code .json} file is a policy
 * document and is compared as one (see {@link PolicyFileDiffer}). Never throws for any text.
 */
public final class TerraformDiff {

    private TerraformDiff() {
    }

    public static DiffResult compare(Map<String, SourceFile> oldFiles, Map<String, SourceFile> newFiles) {
        SideContext oldSide = new SideContext(terraformTexts(oldFiles));
        SideContext newSide = new SideContext(terraformTexts(newFiles));
        SemanticDiffer semantic = new SemanticDiffer(oldSide, newSide);
        TreeSet<String> paths = new TreeSet<>(oldFiles.keySet());
        paths.addAll(newFiles.keySet());
        List<FileDiff> files = new ArrayList<>();
        for (String path : paths) {
            SourceFile old = oldFiles.get(path);
            SourceFile now = newFiles.get(path);
            FilePresence presence = old == null ? FilePresence.NEW_ONLY : now == null ? FilePresence.OLD_ONLY : FilePresence.BOTH;
            String oldName = old == null ? "" : old.displayName();
            String newName = now == null ? "" : now.displayName();
            TextDiff text = TextDiffer.diff(old == null ? "/dev/null" : oldName, old == null ? "" : old.text(),
                    now == null ? "/dev/null" : newName, now == null ? "" : now.text());
            if (PolicyFileDiffer.isPolicyFile(path)) {
                files.add(PolicyFileDiffer.compare(path, old, now, text));
                continue;
            }
            files.add(new FileDiff(path, oldName, newName, presence, text, semantic.compare(path),
                    old == null ? List.of() : oldSide.file(path).errors(),
                    now == null ? List.of() : newSide.file(path).errors()));
        }
        return new DiffResult(PolicyDocumentLabels.apply(files, oldSide, newSide));
    }

    /** Compares two texts as one file with the given path. */
    public static DiffResult compareTexts(String path, String oldText, String newText) {
        return compare(Map.of(path, new SourceFile(path, oldText)), Map.of(path, new SourceFile(path, newText)));
    }

    /** The texts read as Terraform: every file but the JSON policy documents. */
    private static Map<String, String> terraformTexts(Map<String, SourceFile> files) {
        Map<String, String> texts = new java.util.LinkedHashMap<>();
        files.forEach((path, file) -> {
            if (!PolicyFileDiffer.isPolicyFile(path)) {
                texts.put(path, file.text());
            }
        });
        return texts;
    }
}
