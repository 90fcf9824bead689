package dev.s3grant.ui.files;

import dev.s3grant.model.Design;
import dev.s3grant.ui.i18n.UiText;
import java.nio.file.Path;

/** The window's title: {@code * name (file.json) — S3 Grant Designer}, the star while changes are unsaved. */
public final class WindowTitle {

    public static final String APP_NAME = "S3 Grant Designer";

    private WindowTitle() {
    }

    /** The design's name, or "Untitled" in the user's language when it has none. */
    public static String displayName(Design design, UiText text) {
        String name = design.name();
        return name.isBlank() ? text.get("ui.title.untitled") : name;
    }

    static String of(Design design, boolean dirty, Path file, UiText text) {
        if (design == null) {
            return APP_NAME;
        }
        StringBuilder t = new StringBuilder();
        if (dirty) {
            t.append("* ");
        }
        t.append(displayName(design, text));
        if (file != null) {
            t.append(" (").append(file.getFileName()).append(')');
        }
        return t.append(" — ").append(APP_NAME).toString();
    }
}
