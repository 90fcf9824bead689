package dev.s3grant.ui.preview;

import java.util.Objects;

/**
 * A statement or resource inside a generated file: the file name ({@code bucket-policy.json},
 * {@code account_B.tf}) and the element (a statement Sid, or a Terraform address such as
 * {@code aws_s3_bucket_policy.main}). A finding located at a file or a file element opens one.
 */
public record ElementRef(String file, String element) {

    public ElementRef {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(element, "element");
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
