package dev.s3grant.ui.i18n;

import dev.s3grant.model.Language;
import dev.s3grant.model.Message;
import dev.s3grant.text.Localizer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The language the window speaks, and texts bound to it: every label, tooltip and menu binds to
 * {@link #text(String)}, so switching {@link #languageProperty()} changes them all at once.
 */
public final class UiText {

    private final ObjectProperty<Language> language;

    public UiText(Language initial) {
        this.language = new SimpleObjectProperty<>(this, "language", initial);
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public Language language() {
        return language.get();
    }

    public Localizer localizer() {
        return Localizer.of(language.get());
    }

    /** The text of {@code key} now, in the current language. */
    public String get(String key, Object... args) {
        return localizer().format(key, args);
    }

    /** The message in the current language; an ARN whose field is still empty shows placeholders ({@link ArnPlaceholders}). */
    public String render(Message message) {
        Localizer l = localizer();
        return ArnPlaceholders.fill(l.render(message), l);
    }

    /** A text from the core (an ARN, a condition) with placeholders for the parts of an ARN still empty. */
    public String display(String core) {
        return ArnPlaceholders.fill(core, localizer());
    }

    /** The text of {@code key}, following the language. */
    public StringBinding text(String key, Object... args) {
        return Bindings.createStringBinding(() -> get(key, args), language);
    }
}
