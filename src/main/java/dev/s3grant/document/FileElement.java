package dev.s3grant.document;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One element of a generated file, recorded by the writer while it wrote it: its kind, its id
 * (a statement's Sid, a Terraform address such as {@code aws_s3_bucket.main} or
 * {@code variable.bucket_name}, a tfvars name; a nested element's id is its parent's id, a slash
 * and its own name: {@code AllowPut/StringEquals/s3:x-amz-acl}), its text range ({@code start}
 * inclusive, {@code end} exclusive; an element that starts a line starts at the line's start),
 * and the id of the element it sits in, empty at the top. A Terraform block carries the role its
 * file composer gave it and the index of the writer whose file holds it (none in the owner's file).
 */
public record FileElement(ElementKind kind, String id, int start, int end, String parent,
                          Optional<BlockRole> role, OptionalInt writer) {

    public FileElement {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(writer, "writer");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("a range needs 0 <= start <= end: " + start + ".." + end);
        }
    }

    /** An element without a role or writer. */
    public static FileElement of(ElementKind kind, String id, int start, int end, String parent) {
        return new FileElement(kind, id, start, end, parent, Optional.empty(), OptionalInt.empty());
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    public boolean topLevel() {
        return parent.isEmpty();
    }

    public int length() {
        return end - start;
    }

    /** The same element at {@code delta} characters further on. */
    public FileElement shifted(int delta) {
        return new FileElement(kind, id, start + delta, end + delta, parent, role, writer);
    }
}
