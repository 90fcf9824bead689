package dev.s3grant.ui.settings;

import dev.s3grant.model.Language;
import dev.s3grant.ui.theme.ThemeChoice;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the window remembers between runs: the language, the recent files, the window bounds and
 * dividers, the font size, the theme, and the folders last exported to and compared with. On the
 * first start the language follows the system locale and the theme the operating system. Two keys
 * are only ever written by hand, to override the fonts the window chooses (decision 0040):
 * {@code fontFamily} for the window's text and {@code codeFontFamily} for the code view and the diff.
 */
public final class UiSettings {

    public static final int MAX_RECENT = 8;
    public static final int DEFAULT_FONT_SIZE = 13;
    public static final int MIN_FONT_SIZE = 9;
    public static final int MAX_FONT_SIZE = 24;

    static final String LANGUAGE = "language";
    static final String RECENT = "recentFiles";
    static final String BOUNDS = "windowBounds";
    static final String FONT_SIZE = "fontSize";
    static final String DIVIDERS = "dividers";
    static final String BAR_HEIGHTS = "barHeights";
    static final String EXPORT_FOLDER = "exportFolder";
    static final String COMPARE_FOLDER = "compareFolder";
    static final String THEME = "theme";
    /** The family of the window's text, where the user wants another than the one chosen per system. */
    public static final String FONT_FAMILY = "fontFamily";
    /** The monospaced family of the code view and the diff, where the user wants another. */
    public static final String CODE_FONT_FAMILY = "codeFontFamily";

    private final SettingsStore store;
    private final Locale systemLocale;

    public UiSettings(SettingsStore store, Locale systemLocale) {
        this.store = store;
        this.systemLocale = systemLocale;
    }

    public Language language() {
        return store.get(LANGUAGE)
                .flatMap(UiSettings::languageOf)
                .orElse(Language.forLocale(systemLocale));
    }

    public void setLanguage(Language language) {
        store.put(LANGUAGE, language.code());
        store.flush();
    }

    /** {@code en} or {@code ja}; anything else is unknown. */
    public static Optional<Language> languageOf(String code) {
        for (Language l : Language.values()) {
            if (l.code().equalsIgnoreCase(code.trim())) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /** Most recent first. */
    public List<Path> recentFiles() {
        List<Path> files = new ArrayList<>();
        store.get(RECENT).ifPresent(text -> {
            for (String line : text.split("\n")) {
                if (!line.isBlank() && files.size() < MAX_RECENT) {
                    files.add(Path.of(line));
                }
            }
        });
        return List.copyOf(files);
    }

    /** Puts {@code file} first, without duplicates, keeping at most {@link #MAX_RECENT}. */
    public List<Path> addRecentFile(Path file) {
        Path normalized = file.toAbsolutePath().normalize();
        List<Path> files = new ArrayList<>(recentFiles());
        files.remove(normalized);
        files.add(0, normalized);
        while (files.size() > MAX_RECENT) {
            files.remove(files.size() - 1);
        }
        saveRecent(files);
        return List.copyOf(files);
    }

    public List<Path> removeRecentFile(Path file) {
        List<Path> files = new ArrayList<>(recentFiles());
        files.remove(file.toAbsolutePath().normalize());
        saveRecent(files);
        return List.copyOf(files);
    }

    private void saveRecent(List<Path> files) {
        StringBuilder text = new StringBuilder();
        for (Path p : files) {
            text.append(p).append('\n');
        }
        store.put(RECENT, text.toString());
        store.flush();
    }

    public WindowBounds windowBounds() {
        return savedWindowBounds().orElse(WindowBounds.DEFAULT);
    }

    /** The bounds saved when the window last closed, if any were; whether they fit the screens is {@link WindowPlacement}'s question. */
    public Optional<WindowBounds> savedWindowBounds() {
        return store.get(BOUNDS).flatMap(WindowBounds::decode);
    }

    public void setWindowBounds(WindowBounds bounds) {
        store.put(BOUNDS, bounds.encode());
        store.flush();
    }

    /**
     * The window's divider positions saved last, as fractions; empty unless there are exactly
     * {@code count} of them, each between 0.05 and 0.95 (a pane squeezed shut is not restored).
     */
    public Optional<double[]> dividers(int count) {
        return store.get(DIVIDERS).flatMap(text -> {
            String[] parts = text.split(",");
            if (parts.length != count) {
                return Optional.empty();
            }
            double[] positions = new double[count];
            try {
                for (int i = 0; i < count; i++) {
                    positions[i] = Double.parseDouble(parts[i]);
                    if (!(positions[i] >= 0.05 && positions[i] <= 0.95)) {
                        return Optional.empty();
                    }
                }
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
            return Optional.of(positions);
        });
    }

    public void setDividers(double[] positions) {
        StringBuilder text = new StringBuilder();
        for (double p : positions) {
            text.append(text.length() == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.4f", p));
        }
        store.put(DIVIDERS, text.toString());
        store.flush();
    }

    /** The bars' heights as the window last laid them out, if it did. */
    public Optional<BarHeights> barHeights() {
        return store.get(BAR_HEIGHTS).flatMap(BarHeights::parse);
    }

    public void setBarHeights(BarHeights heights) {
        store.put(BAR_HEIGHTS, heights.text());
        store.flush();
    }

    /** The folder Terraform was last exported to, if it still exists. */
    public Optional<Path> exportFolder() {
        return folder(EXPORT_FOLDER);
    }

    public void setExportFolder(Path folder) {
        store.put(EXPORT_FOLDER, folder.toAbsolutePath().normalize().toString());
        store.flush();
    }

    /** The folder of the Terraform last compared with (a compared file's folder), if it still exists. */
    public Optional<Path> compareFolder() {
        return folder(COMPARE_FOLDER);
    }

    public void setCompareFolder(Path folder) {
        store.put(COMPARE_FOLDER, folder.toAbsolutePath().normalize().toString());
        store.flush();
    }

    private Optional<Path> folder(String key) {
        return store.get(key).filter(s -> !s.isBlank()).map(Path::of).filter(java.nio.file.Files::isDirectory);
    }

    public int fontSize() {
        try {
            return clampFontSize(store.get(FONT_SIZE).map(Integer::parseInt).orElse(DEFAULT_FONT_SIZE));
        } catch (NumberFormatException e) {
            return DEFAULT_FONT_SIZE;
        }
    }

    public void setFontSize(int size) {
        store.put(FONT_SIZE, Integer.toString(clampFontSize(size)));
        store.flush();
    }

    public static int clampFontSize(int size) {
        return Math.max(MIN_FONT_SIZE, Math.min(MAX_FONT_SIZE, size));
    }

    /** View › Theme; {@link ThemeChoice#SYSTEM} until the user picks one. */
    public ThemeChoice theme() {
        return store.get(THEME).flatMap(ThemeChoice::of).orElse(ThemeChoice.SYSTEM);
    }

    public void setTheme(ThemeChoice theme) {
        store.put(THEME, theme.code());
        store.flush();
    }

    /** The {@link #FONT_FAMILY} override, if set and not blank. */
    public Optional<String> fontFamily() {
        return store.get(FONT_FAMILY).map(String::trim).filter(s -> !s.isEmpty());
    }

    /** The {@link #CODE_FONT_FAMILY} override, if set and not blank. */
    public Optional<String> codeFontFamily() {
        return store.get(CODE_FONT_FAMILY).map(String::trim).filter(s -> !s.isEmpty());
    }
}
