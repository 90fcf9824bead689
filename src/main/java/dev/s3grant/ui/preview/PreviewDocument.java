package dev.s3grant.ui.preview;

import dev.s3grant.analysis.budget.WriterBudget;
import dev.s3grant.app.SyntaxHighlighter;
import dev.s3grant.document.DocumentSize;
import dev.s3grant.document.GeneratedFile;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.fxmisc.richtext.model.StyleSpans;

/**
 * One generated file as the preview shows it: the file with its path (the tab's identity), text,
 * size and elements; the tab title; and its highlighting, as style spans and as styled lines,
 * computed off the FX thread so that the code view only applies them.
 */
public record PreviewDocument(GeneratedFile file, String title, StyleSpans<Collection<String>> styles,
                              StyledLines lines, List<WriterBudget> writerBudgets) {

    public PreviewDocument {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(styles, "styles");
        Objects.requireNonNull(lines, "lines");
        writerBudgets = List.copyOf(writerBudgets);
    }

    /** The file, highlighted now: call it off the FX thread. */
    public static PreviewDocument of(GeneratedFile file) {
        StyleSpans<Collection<String>> styles = TokenStyles.spans(SyntaxHighlighter.runs(file), file.text().length(),
                file.kind().isJson());
        return new PreviewDocument(file, file.name(), styles, StyledLines.of(file.text(), styles), List.of());
    }

    /** {@code file}, whose text is this document's, with this document's highlighting. */
    public PreviewDocument withFile(GeneratedFile same) {
        if (!same.text().equals(file.text())) {
            throw new IllegalArgumentException("the highlighting is of another text");
        }
        return new PreviewDocument(same, same.name(), styles, lines, writerBudgets);
    }

    /** This document with the writers that fit in each principal style, which the header shows beside the size. */
    public PreviewDocument withWriterBudgets(List<WriterBudget> budgets) {
        return new PreviewDocument(file, title, styles, lines, budgets);
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
