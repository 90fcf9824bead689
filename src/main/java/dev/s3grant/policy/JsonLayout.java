package dev.s3grant.policy;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

/**
 * The project's one JSON layout as a Jackson pretty printer: two-space indentation,
 * {@code "key": value}, {@code []} and {@code {}} when empty, LF. Jackson's streaming core only,
 * so that writing policies does not start its object mapper.
 */
final class JsonLayout {

    private JsonLayout() {
    }

    /** A new printer: a printer keeps the nesting of one document, so each document needs its own. */
    static DefaultPrettyPrinter printer() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withArrayEmptySeparator("")
                .withObjectEmptySeparator("");
        return new DefaultPrettyPrinter()
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter)
                .withSeparators(separators);
    }
}
