package dev.s3grant.ui.preview;

import dev.s3grant.document.DocumentSize;
import java.util.Objects;
import java.util.Optional;

/**
 * One generated file as the preview shows it: its path relative to the output folder (the tab's
 * identity), the tab title, the exact text export writes, and for policies the size against its limit.
 */
public record PreviewDocument(String path, String title, String text, Syntax syntax, Optional<DocumentSize> size) {

    public PreviewDocument {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(syntax, "syntax");
        Objects.requireNonNull(size, "size");
    }

    /** The file name without folders: {@code policies/bucket-policy.json} is {@code bucket-policy.json}. */
    public static String fileName(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }
}
