package dev.s3grant.ui.files;

import dev.s3grant.existing.reading.ImportResult;
import dev.s3grant.existing.reading.NotRepresented;
import dev.s3grant.ui.i18n.UiText;

/** The parts of imported files that the design cannot represent, one line each, in the window's language. */
final class ImportedParts {

    private ImportedParts() {
    }

    static String describe(ImportResult result, UiText text) {
        StringBuilder out = new StringBuilder();
        for (NotRepresented part : result.notRepresented()) {
            if (!part.file().isEmpty()) {
                out.append(part.file()).append(part.line() > 0 ? ":" + part.line() : "").append(": ");
            }
            out.append(text.get(part.message().key(), part.message().args().toArray())).append('\n');
        }
        return out.toString().stripTrailing();
    }
}
