package dev.s3grant.ui.preview;

import dev.s3grant.document.FileElement;
import java.util.List;
import java.util.Optional;

/**
 * Which generated files get a tab of their own (docs/decisions/0046-preview-files-at-scale.md): every
 * file while the output is small; with many files, the files every design has (the bucket's and
 * owner's files, the shared writer file) and not the files of one writer account, which the file
 * list opens on demand.
 */
public final class FileTabRule {

    /** Up to this many files, every file has a tab, as before the rule. */
    static final int ALL_TABS_UP_TO = 40;

    private FileTabRule() {
    }

    /**
     * The file of {@code documents} that the preview puts in the tab in front: the first that gets a tab. The
     * window's outline shows it in a code view of its own before the preview exists (decision 0061). Here and not on
     * the preview: a static method of a control initialises the controls' classes, which load JavaFX's own theme
     * when no other is set yet.
     */
    public static Optional<PreviewDocument> front(List<PreviewDocument> documents) {
        boolean many = many(documents.size());
        return documents.stream().filter(doc -> !many || !ofOneWriter(doc)).findFirst();
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
