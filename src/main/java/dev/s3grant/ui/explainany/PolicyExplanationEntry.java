package dev.s3grant.ui.explainany;

import dev.s3grant.ui.panes.Explanation;
import dev.s3grant.ui.preview.ElementRef;
import java.util.Objects;

/** One line of the Explain Policy window's list: a document or one of its statements, and what the pane shows for it. */
public record PolicyExplanationEntry(ElementRef ref, Explanation explanation) {

    public PolicyExplanationEntry {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(explanation, "explanation");
    }

    @Override
    public String toString() {
        return ref.element().isEmpty() ? ref.file() : "    " + ref.element();
    }
}
