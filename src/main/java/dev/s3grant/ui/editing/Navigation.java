package dev.s3grant.ui.editing;

import dev.s3grant.ui.preview.ElementRef;

/** Where the window is asked to go once, for example when the user opens a finding: a field, a statement, an access-check row. */
public sealed interface Navigation {

    /** Focus the form field of a design path. */
    record ToField(String fieldPath) implements Navigation {
    }

    /** Highlight a statement or resource in the preview (its explanation follows the selection). */
    record ToElement(ElementRef ref) implements Navigation {
    }

    /** Select a row of the access check ({@code row} is 0-based). */
    record ToAccessRow(int row) implements Navigation {
    }
}
