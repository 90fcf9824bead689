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

    public String render(Message message) {
        return localizer().render(message);
    }

    /** The text of {@code key}, following the language. */
    public StringBinding text(String key, Object... args) {
        return Bindings.createStringBinding(() -> get(key, args), language);
    }
}
