package dev.s3grant.document;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One generated file as its writer made it: its path relative to the output folder ({@code /}
 * separators), its kind, its exact text, its size against the service's limit (policies only), and
 * its elements in text order, each with its range. The preview, the explanations and the
 * highlighting read the elements instead of finding them again in the text.
 */
public record GeneratedFile(String path, FileKind kind, String text, Optional<DocumentSize> size,
                            List<FileElement> elements) {

    /** The kinds of element that have an explanation of their own, and that the caret selects. */
    private static final List<ElementKind> SELECTABLE =
            List.of(ElementKind.STATEMENT, ElementKind.BLOCK, ElementKind.VARIABLE, ElementKind.VALUE);

    public GeneratedFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(size, "size");
        elements = List.copyOf(elements);
        for (FileElement e : elements) {
            if (e.end() > text.length()) {
                throw new IllegalArgumentException("element " + e.id() + " ends after the text");
            }
        }
    }

    /** The same file at another path: a policy's file under {@code policies/}. */
    public GeneratedFile at(String newPath) {
        return new GeneratedFile(newPath, kind, text, size, elements);
    }

    /** The file name without folders: {@code policies/bucket-policy.json} is {@code bucket-policy.json}. */
    public String name() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    public Optional<FileElement> element(String id) {
        return elements.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** The innermost statement, block, variable or value that contains {@code offset}. */
    public Optional<FileElement> elementAt(int offset) {
        return elements.stream()
                .filter(e -> SELECTABLE.contains(e.kind()) && e.contains(offset))
                .min(Comparator.comparingInt(FileElement::length));
    }

    /** The top-level elements of one kind, in text order. */
    public List<FileElement> topLevel(ElementKind elementKind) {
        return elements.stream().filter(e -> e.kind() == elementKind && e.topLevel()).toList();
    }

    /** The text of an element's range. */
    public String textOf(FileElement element) {
        return text.substring(element.start(), element.end());
    }
}
