package dev.s3grant.ui.preview;

import java.util.Objects;
import java.util.Optional;

/**
 * A statement or resource inside a generated file: the file name ({@code bucket-policy.json},
 * {@code account_B.tf}) and the element (a statement Sid, or a Terraform address such as
 * {@code aws_s3_bucket_policy.main}). Finding locations use the same form: {@code file#element}.
 */
public record ElementRef(String file, String element) {

    public ElementRef {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(element, "element");
    }

    /**
     * Parses {@code file#element}, or a bare file name ({@code bucket-policy.json}: the whole file,
     * element empty); other locations (design field paths) give empty.
     */
    public static Optional<ElementRef> parse(String location) {
        int hash = location.indexOf('#');
        if (hash < 0) {
            return isFile(location) ? Optional.of(new ElementRef(PreviewDocument.fileName(location), "")) : Optional.empty();
        }
        if (hash == 0 || hash == location.length() - 1 || !isFile(location.substring(0, hash))) {
            return Optional.empty();
        }
        return Optional.of(new ElementRef(PreviewDocument.fileName(location.substring(0, hash)), location.substring(hash + 1)));
    }

    private static boolean isFile(String path) {
        return path.endsWith(".json") || path.endsWith(".tf") || path.endsWith(".tfvars");
    }

    /** True when the reference names a whole file rather than an element in it. */
    public boolean wholeFile() {
        return element.isEmpty();
    }

    @Override
    public String toString() {
        return wholeFile() ? file : file + "#" + element;
    }
}
