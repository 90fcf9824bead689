package dev.s3grant.ui.fonts;

import java.util.Objects;

/** The two families the window draws with: one for its text, one monospaced for code and diffs. */
public record ChosenFonts(String text, String code) {

    public ChosenFonts {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(code, "code");
    }
}
