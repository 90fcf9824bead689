package dev.s3grant.ui.preview;

import dev.s3grant.document.FileElement;

/**
 * Which generated files get a tab of their own (docs/decisions/0046-preview-files-at-scale.md): every
 * file while the output is small; with many files, the files every design has (the bucket's and
 * owner's files, the shared writer file) and not the files of one writer account, which the file
 * list opens on demand.
 */
final class FileTabRule {

    /** Up to this many files, every file has a tab, as before the rule. */
    static final int ALL_TABS_UP_TO = 40;

    private FileTabRule() {
    }

    static boolean many(int files) {
        return files > ALL_TABS_UP_TO;
    }

    /**
     * Whether the file belongs to one writer account: its policies ({@code policies/<alias>-trust-policy.json},
     * {@code policies/<alias>-role-policy.json}), its account file, or its values file under {@code writer/accounts/}.
     */
    static boolean ofOneWriter(PreviewDocument doc) {
        String path = doc.path();
        if (path.startsWith("policies/")) {
            return path.endsWith("-trust-policy.json") || path.endsWith("-role-policy.json");
        }
        if (path.startsWith("writer/")) {
            return path.startsWith("writer/accounts/");
        }
        return doc.file().elements().stream().filter(FileElement::topLevel).anyMatch(e -> e.writer().isPresent());
    }
}
