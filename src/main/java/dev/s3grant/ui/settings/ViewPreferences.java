package dev.s3grant.ui.settings;

import dev.s3grant.model.Language;
import dev.s3grant.ui.i18n.UiText;
import dev.s3grant.ui.theme.Appearance;
import dev.s3grant.ui.theme.ThemeChoice;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * View › Language, View › Font Size and View › Theme: applied to the window at once and remembered
 * for the next run. The appearance is the theme chosen, with "System" standing for what the
 * operating system was found to use (light until it is known).
 */
public final class ViewPreferences {

    private final UiSettings settings;
    private final UiText text;
    private final IntegerProperty fontSize = new SimpleIntegerProperty(this, "fontSize");
    private final ObjectProperty<ThemeChoice> theme = new SimpleObjectProperty<>(this, "theme");
    private final ObjectProperty<Appearance> systemAppearance = new SimpleObjectProperty<>(this, "systemAppearance", Appearance.LIGHT);
    private final ObjectBinding<Appearance> appearance;

    public ViewPreferences(UiSettings settings, UiText text) {
        this.settings = settings;
        this.text = text;
        fontSize.set(settings.fontSize());
        fontSize.addListener((o, old, v) -> settings.setFontSize(v.intValue()));
        theme.set(settings.theme());
        theme.addListener((o, old, v) -> settings.setTheme(v));
        appearance = Bindings.createObjectBinding(() -> theme.get().resolve(systemAppearance.get()), theme, systemAppearance);
    }

    public void setTheme(ThemeChoice choice) {
        theme.set(choice);
    }

    public ObjectProperty<ThemeChoice> themeProperty() { return theme; }

    /** The bars' heights as the window last laid them out, at the font size they name, if it did. */
    public Optional<BarHeights> barHeights() {
        return settings.barHeights();
    }

    /** What the operating system uses, once found out (see {@code SystemAppearanceProbe}). */
    public ObjectProperty<Appearance> systemAppearanceProperty() { return systemAppearance; }

    /** Light or dark: the theme chosen, with System resolved. */
    public ObservableValue<Appearance> appearanceProperty() { return appearance; }

    public Appearance appearance() { return appearance.get(); }

    public void setLanguage(Language language) {
        text.languageProperty().set(language);
        settings.setLanguage(language);
    }

    public void largerFont() {
        fontSize.set(UiSettings.clampFontSize(fontSize.get() + 1));
    }

    public void smallerFont() {
        fontSize.set(UiSettings.clampFontSize(fontSize.get() - 1));
    }

    public void resetFont() {
        fontSize.set(UiSettings.DEFAULT_FONT_SIZE);
    }

    public IntegerProperty fontSizeProperty() { return fontSize; }
}
