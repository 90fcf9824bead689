package dev.s3grant.ui.settings;

import dev.s3grant.model.Language;
import dev.s3grant.ui.i18n.UiText;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;

/** View › Language and View › Font Size: applied to the window at once and remembered for the next run. */
public final class ViewPreferences {

    private final UiSettings settings;
    private final UiText text;
    private final IntegerProperty fontSize = new SimpleIntegerProperty(this, "fontSize");

    public ViewPreferences(UiSettings settings, UiText text) {
        this.settings = settings;
        this.text = text;
        fontSize.set(settings.fontSize());
        fontSize.addListener((o, old, v) -> settings.setFontSize(v.intValue()));
    }

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
