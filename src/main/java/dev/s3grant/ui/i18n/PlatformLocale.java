package dev.s3grant.ui.i18n;

import dev.s3grant.model.Language;
import java.util.Locale;

/**
 * Makes JavaFX's own texts speak the window's language. The texts JavaFX writes itself (the
 * standard dialog buttons, a text field's Cut / Copy / Paste menu) come from its bundle for
 * {@code Locale.getDefault()} when they are built, so the default locale follows the chosen
 * language: at start-up before any dialog is built, and again on each switch for what is built
 * after it. Only the display language changes: numbers and dates keep the system's format.
 * The window's own dialogs do not depend on this; their buttons carry the window's bundle texts.
 */
public final class PlatformLocale {

    private PlatformLocale() {
    }

    /** Follows {@code text}'s language from now on. */
    public static void follow(UiText text) {
        use(text.language());
        text.languageProperty().addListener((o, old, now) -> use(now));
    }

    static void use(Language language) {
        Locale format = Locale.getDefault(Locale.Category.FORMAT);
        Locale.setDefault(language.locale());
        Locale.setDefault(Locale.Category.FORMAT, format);
    }
}
