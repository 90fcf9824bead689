package dev.s3grant.ui.preview;

import dev.s3grant.analysis.budget.WriterBudget;
import dev.s3grant.document.DocumentSize;
import dev.s3grant.document.GeneratedFile;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.fxmisc.richtext.model.StyleSpans;

/**
 * One generated file as the preview shows it: the file with its path (the tab's identity), text,
 * size and elements; the tab title; and its highlighting, as style spans and as styled lines. The
 * highlighting is computed when first asked for and shared with the next document of the same
 * text: the evaluator asks for it off the FX thread for the files the user looks at, and a file
 * nobody opens is never highlighted (docs/decisions/0048-visible-document-first.md).
 */
public final class PreviewDocument {

    private final GeneratedFile file;
    private final String title;
    private final Highlighting highlighting;
    private final List<WriterBudget> writerBudgets;

    private PreviewDocument(GeneratedFile file, String title, Highlighting highlighting, List<WriterBudget> writerBudgets) {
        this.file = Objects.requireNonNull(file, "file");
        this.title = Objects.requireNonNull(title, "title");
        this.highlighting = Objects.requireNonNull(highlighting, "highlighting");
        this.writerBudgets = List.copyOf(writerBudgets);
    }

    /** The file, highlighted when first asked for. */
    public static PreviewDocument of(GeneratedFile file) {
        return new PreviewDocument(file, file.name(), new Highlighting(file), List.of());
    }

    /** {@code file}, whose text is this document's, with this document's highlighting (computed or not). */
    public PreviewDocument withFile(GeneratedFile same) {
        if (!same.text().equals(file.text())) {
            throw new IllegalArgumentException("the highlighting is of another text");
        }
        return new PreviewDocument(same, same.name(), highlighting, writerBudgets);
    }

    /** This document with the writers that fit in each principal style, which the header shows beside the size. */
    public PreviewDocument withWriterBudgets(List<WriterBudget> budgets) {
        return new PreviewDocument(file, title, highlighting, budgets);
    }

    /** This document, its highlighting computed now (call it off the FX thread). */
    public PreviewDocument highlighted() {
        highlighting.get();
        return this;
    }

    /** True once the highlighting was asked for: the document of a file someone looks at. */
    public boolean isHighlighted() {
        return highlighting.computed();
    }

    public GeneratedFile file() {
        return file;
    }

    /** The tab's title: the file name. */
    public String title() {
        return title;
    }

    /** The styles as spans over the text (computed now if nobody asked before). */
    public StyleSpans<Collection<String>> styles() {
        return highlighting.get().styles();
    }

    /** The styles as lines, which the code view compares with the lines it shows (computed now if nobody asked before). */
    public StyledLines lines() {
        return highlighting.get().lines();
    }

    /** The writers that fit in each principal style (the bucket policy only; empty for the other files). */
    public List<WriterBudget> writerBudgets() {
        return writerBudgets;
    }

    /** The path relative to the output folder: the tab's identity. */
    public String path() {
        return file.path();
    }

    /** The exact text export writes. */
    public String text() {
        return file.text();
    }

    /** For policies, the size against its limit. */
    public Optional<DocumentSize> size() {
        return file.size();
    }

    /** The file name without folders: {@code policies/bucket-policy.json} is {@code bucket-policy.json}. */
    public static String fileName(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }
}
