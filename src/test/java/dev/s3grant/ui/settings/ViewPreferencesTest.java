package dev.s3grant.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.model.Language;
import dev.s3grant.ui.i18n.UiText;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** View › Language and View › Font Size: applied at once and remembered for the next run. */
class ViewPreferencesTest {

    private final MemorySettingsStore store = new MemorySettingsStore();
    private final UiText text = new UiText(Language.EN);
    private final ViewPreferences view = new ViewPreferences(new UiSettings(store, Locale.US), text);

    @Test
    void theChosenLanguageSwitchesTextsAndIsRemembered() {
        view.setLanguage(Language.JA);
        assertThat(text.get("ui.menu.file")).isEqualTo("ファイル");
        assertThat(text.language()).isEqualTo(Language.JA);
        assertThat(new UiSettings(store, Locale.US).language()).isEqualTo(Language.JA);
    }

    @Test
    void fontSizeStaysWithinBoundsAndIsRemembered() {
        for (int i = 0; i < 40; i++) {
            view.largerFont();
        }
        assertThat(view.fontSizeProperty().get()).isEqualTo(UiSettings.MAX_FONT_SIZE);
        view.resetFont();
        view.smallerFont();
        assertThat(new UiSettings(store, Locale.US).fontSize()).isEqualTo(UiSettings.DEFAULT_FONT_SIZE - 1);
    }
}
