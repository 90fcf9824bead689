package dev.s3grant.ui.theme;

import dev.s3grant.ui.common.HostOs;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What "System" means on JavaFX 21, which does not tell (decision 0039): the operating system's own
 * light/dark setting, read the way its tools read it. Anything that cannot be read means light.
 *
 * <ul>
 *   <li>Windows: {@code AppsUseLightTheme} under {@code HKCU\...\Themes\Personalize}; {@code 0x0} is dark.</li>
 *   <li>macOS: {@code defaults read -g AppleInterfaceStyle} prints {@code Dark} in dark mode and fails otherwise.</li>
 *   <li>Linux: {@code GTK_THEME} naming a dark variant ({@code Adwaita:dark}, {@code Yaru-dark}); else
 *       GNOME's {@code color-scheme} ({@code 'prefer-dark'} is dark, {@code 'prefer-light'} light); else a
 *       {@code gtk-theme} whose name ends in {@code -dark}.</li>
 * </ul>
 *
 * The rules are plain data in, appearance out; {@link SystemAppearanceProbe} runs the commands.
 */
public final class SystemAppearance {

    static final List<String> WINDOWS_QUERY = List.of("reg", "query",
            "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize", "/v", "AppsUseLightTheme");
    static final List<String> MAC_QUERY = List.of("defaults", "read", "-g", "AppleInterfaceStyle");
    static final List<String> GNOME_COLOR_SCHEME = List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme");
    static final List<String> GNOME_GTK_THEME = List.of("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme");

    /** Runs a command and gives what it printed, or nothing where it failed, was missing or took too long. */
    @FunctionalInterface
    public interface Commands {
        Optional<String> output(List<String> command);
    }

    private SystemAppearance() {
    }

    public static Appearance decide(HostOs os, Map<String, String> environment, Commands commands) {
        return switch (os) {
            case WINDOWS -> commands.output(WINDOWS_QUERY).map(SystemAppearance::fromRegistry).orElse(Appearance.LIGHT);
            case MAC -> commands.output(MAC_QUERY)
                    .filter(out -> out.trim().equalsIgnoreCase("dark"))
                    .map(out -> Appearance.DARK).orElse(Appearance.LIGHT);
            case LINUX -> linux(environment, commands);
            case OTHER -> Appearance.LIGHT;
        };
    }

    private static Appearance fromRegistry(String out) {
        // "    AppsUseLightTheme    REG_DWORD    0x0"
        String[] words = out.trim().split("\\s+");
        return words.length > 0 && words[words.length - 1].equalsIgnoreCase("0x0") ? Appearance.DARK : Appearance.LIGHT;
    }

    private static Appearance linux(Map<String, String> environment, Commands commands) {
        String gtkTheme = environment.getOrDefault("GTK_THEME", "");
        if (!gtkTheme.isBlank()) {
            return darkThemeName(gtkTheme) ? Appearance.DARK : Appearance.LIGHT;
        }
        Optional<String> scheme = commands.output(GNOME_COLOR_SCHEME).map(SystemAppearance::unquoted);
        if (scheme.filter("prefer-dark"::equals).isPresent()) {
            return Appearance.DARK;
        }
        if (scheme.filter("prefer-light"::equals).isPresent()) {
            return Appearance.LIGHT;
        }
        return commands.output(GNOME_GTK_THEME).map(SystemAppearance::unquoted)
                .filter(SystemAppearance::darkThemeName)
                .map(name -> Appearance.DARK).orElse(Appearance.LIGHT);
    }

    /** Whether a GTK theme name names a dark variant: {@code Adwaita:dark}, {@code Yaru-dark}, {@code Arc-Dark}. */
    static boolean darkThemeName(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        return n.endsWith(":dark") || n.endsWith("-dark") || n.endsWith("_dark");
    }

    private static String unquoted(String out) {
        String s = out.trim();
        if (s.length() >= 2 && s.startsWith("'") && s.endsWith("'")) {
            s = s.substring(1, s.length() - 1);
        }
        return s.toLowerCase(Locale.ROOT);
    }
}
