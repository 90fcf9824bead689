package dev.s3grant.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.model.Language;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UiSettingsTest {

    @Test
    void onTheFirstStartTheLanguageFollowsTheSystemLocale() {
        assertThat(new UiSettings(new MemorySettingsStore(), Locale.JAPAN).language()).isEqualTo(Language.JA);
        assertThat(new UiSettings(new MemorySettingsStore(), Locale.GERMANY).language()).isEqualTo(Language.EN);
    }

    @Test
    void aChosenLanguageIsRememberedOverTheLocale() {
        MemorySettingsStore store = new MemorySettingsStore();
        new UiSettings(store, Locale.US).setLanguage(Language.JA);
        assertThat(new UiSettings(store, Locale.US).language()).isEqualTo(Language.JA);
    }

    @Test
    void recentFilesAreMostRecentFirstWithoutDuplicatesAndCapped() {
        UiSettings settings = new UiSettings(new MemorySettingsStore(), Locale.US);
        for (int i = 0; i < 10; i++) {
            settings.addRecentFile(Path.of("/designs/d" + i + ".json"));
        }
        settings.addRecentFile(Path.of("/designs/d5.json"));
        assertThat(settings.recentFiles()).hasSize(UiSettings.MAX_RECENT);
        assertThat(settings.recentFiles().get(0)).isEqualTo(Path.of("/designs/d5.json").toAbsolutePath());
        assertThat(settings.recentFiles().get(1)).isEqualTo(Path.of("/designs/d9.json").toAbsolutePath());
        assertThat(settings.recentFiles()).doesNotHaveDuplicates();
    }

    @Test
    void windowBoundsSurviveARoundTripAndNonsenseFallsBackToDefaults() {
        MemorySettingsStore store = new MemorySettingsStore();
        UiSettings settings = new UiSettings(store, Locale.US);
        assertThat(settings.windowBounds()).isEqualTo(WindowBounds.DEFAULT);
        settings.setWindowBounds(new WindowBounds(10, 20, 1300, 850, true));
        assertThat(settings.windowBounds()).isEqualTo(new WindowBounds(10, 20, 1300, 850, true));
        store.put(UiSettings.BOUNDS, "a,b");
        assertThat(settings.windowBounds()).isEqualTo(WindowBounds.DEFAULT);
        store.put(UiSettings.BOUNDS, "0,0,5,5,false");
        assertThat(settings.windowBounds()).isEqualTo(WindowBounds.DEFAULT);
    }

    @Test
    void barHeightsSurviveARoundTripAndNonsenseIsNotUsed() {
        MemorySettingsStore store = new MemorySettingsStore();
        UiSettings settings = new UiSettings(store, Locale.US);
        assertThat(settings.barHeights()).isEmpty();
        settings.setBarHeights(new BarHeights(13, 84, 24, 31));
        assertThat(store.get(UiSettings.BAR_HEIGHTS)).contains("13,84.0,24.0,31.0");
        assertThat(settings.barHeights()).contains(new BarHeights(13, 84, 24, 31));
        // "13,84,24": as versions before the tab strip wrote it; the next window writes all four again
        for (String nonsense : new String[] {"13,84,24", "x,84,24,31", "13,NaN,24,31", "13,-1,24,31", "13,84,900,31",
                "13,84,24,0", "13,84,24,NaN", "13,84,24,31,1"}) {
            store.put(UiSettings.BAR_HEIGHTS, nonsense);
            assertThat(settings.barHeights()).as(nonsense).isEmpty();
        }
    }

    @Test
    void dividersSurviveARoundTripAndAPaneSqueezedShutIsNotRestored() {
        MemorySettingsStore store = new MemorySettingsStore();
        UiSettings settings = new UiSettings(store, Locale.US);
        assertThat(settings.dividers(3)).isEmpty();
        settings.setDividers(new double[] {0.3, 0.55, 0.7});
        assertThat(store.get(UiSettings.DIVIDERS)).contains("0.3000,0.5500,0.7000");
        assertThat(settings.dividers(3)).hasValueSatisfying(d -> assertThat(d).containsExactly(0.3, 0.55, 0.7));
        assertThat(settings.dividers(2)).as("another window's dividers").isEmpty();
        settings.setDividers(new double[] {0.01, 0.55, 0.7});
        assertThat(settings.dividers(3)).isEmpty();
        store.put(UiSettings.DIVIDERS, "x,0.5,0.5");
        assertThat(settings.dividers(3)).isEmpty();
    }

    @Test
    void theFoldersLastExportedToAndComparedWithAreRememberedWhileTheyExist(@TempDir Path dir) {
        UiSettings settings = new UiSettings(new MemorySettingsStore(), Locale.US);
        assertThat(settings.exportFolder()).isEmpty();
        settings.setExportFolder(dir);
        settings.setCompareFolder(dir.resolve("gone"));
        assertThat(settings.exportFolder()).contains(dir.toAbsolutePath().normalize());
        assertThat(settings.compareFolder()).as("a folder deleted since").isEmpty();
    }

    @Test
    void fontSizeIsClampedAndRemembered() {
        UiSettings settings = new UiSettings(new MemorySettingsStore(), Locale.US);
        assertThat(settings.fontSize()).isEqualTo(UiSettings.DEFAULT_FONT_SIZE);
        settings.setFontSize(99);
        assertThat(settings.fontSize()).isEqualTo(UiSettings.MAX_FONT_SIZE);
    }
}
