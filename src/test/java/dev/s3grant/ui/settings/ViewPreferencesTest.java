package dev.s3grant.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.model.Language;
import dev.s3grant.ui.i18n.UiText;
import dev.s3grant.ui.theme.Appearance;
import dev.s3grant.ui.theme.ThemeChoice;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** View › Language, Font Size and Theme: applied at once and remembered for the next run. */
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

    @Test
    void systemThemeFollowsTheOperatingSystemOnceKnownAndLightUntilThen() {
        assertThat(view.themeProperty().get()).isEqualTo(ThemeChoice.SYSTEM);
        assertThat(view.appearance()).isEqualTo(Appearance.LIGHT);
        view.systemAppearanceProperty().set(Appearance.DARK);
        assertThat(view.appearance()).isEqualTo(Appearance.DARK);
    }

    @Test
    void aChosenThemeWinsOverTheSystemAndIsRemembered() {
        view.systemAppearanceProperty().set(Appearance.DARK);
        view.setTheme(ThemeChoice.LIGHT);
        assertThat(view.appearance()).isEqualTo(Appearance.LIGHT);
        view.setTheme(ThemeChoice.DARK);
        assertThat(view.appearance()).isEqualTo(Appearance.DARK);
        assertThat(store.get("theme")).contains("dark");
        ViewPreferences nextRun = new ViewPreferences(new UiSettings(store, Locale.US), new UiText(Language.EN));
        assertThat(nextRun.themeProperty().get()).isEqualTo(ThemeChoice.DARK);
        assertThat(nextRun.appearance()).isEqualTo(Appearance.DARK);
    }

    @Test
    void anUnknownStoredThemeMeansSystem() {
        store.put("theme", "purple");
        assertThat(new UiSettings(store, Locale.US).theme()).isEqualTo(ThemeChoice.SYSTEM);
    }

    @Test
    void fontFamiliesAreReadFromTheirSettingsKeysAndBlankMeansUnset() {
        UiSettings settings = new UiSettings(store, Locale.US);
        assertThat(settings.fontFamily()).isEmpty();
        store.put("fontFamily", " Meiryo ");
        store.put("codeFontFamily", "  ");
        assertThat(settings.fontFamily()).contains("Meiryo");
        assertThat(settings.codeFontFamily()).isEmpty();
    }
}
