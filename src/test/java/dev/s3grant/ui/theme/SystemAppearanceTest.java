package dev.s3grant.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.ui.common.HostOs;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What "System" means on each operating system: its setting as its own tools print it → light or dark. */
class SystemAppearanceTest {

    private static final Map<List<String>, String> NOTHING = Map.of();

    static Stream<Arguments> cases() {
        return Stream.of(
                // Windows: the registry value, as reg query prints it
                Arguments.of("windows dark", HostOs.WINDOWS, Map.of(), Map.of(SystemAppearance.WINDOWS_QUERY,
                        "\r\nHKEY_CURRENT_USER\\...\\Personalize\r\n    AppsUseLightTheme    REG_DWORD    0x0\r\n\r\n"), Appearance.DARK),
                Arguments.of("windows light", HostOs.WINDOWS, Map.of(), Map.of(SystemAppearance.WINDOWS_QUERY,
                        "    AppsUseLightTheme    REG_DWORD    0x1\r\n"), Appearance.LIGHT),
                Arguments.of("windows, value missing", HostOs.WINDOWS, Map.of(), NOTHING, Appearance.LIGHT),
                // macOS: the key exists only in dark mode
                Arguments.of("mac dark", HostOs.MAC, Map.of(), Map.of(SystemAppearance.MAC_QUERY, "Dark\n"), Appearance.DARK),
                Arguments.of("mac light (key missing)", HostOs.MAC, Map.of(), NOTHING, Appearance.LIGHT),
                // Linux: GTK_THEME first, then GNOME's color-scheme, then its gtk-theme
                Arguments.of("GTK_THEME variant", HostOs.LINUX, Map.of("GTK_THEME", "Adwaita:dark"),
                        Map.of(SystemAppearance.GNOME_COLOR_SCHEME, "'prefer-light'\n"), Appearance.DARK),
                Arguments.of("GTK_THEME light wins over gsettings", HostOs.LINUX, Map.of("GTK_THEME", "Adwaita"),
                        Map.of(SystemAppearance.GNOME_COLOR_SCHEME, "'prefer-dark'\n"), Appearance.LIGHT),
                Arguments.of("color-scheme dark", HostOs.LINUX, Map.of(),
                        Map.of(SystemAppearance.GNOME_COLOR_SCHEME, "'prefer-dark'\n"), Appearance.DARK),
                Arguments.of("color-scheme light over a dark gtk-theme", HostOs.LINUX, Map.of(),
                        Map.of(SystemAppearance.GNOME_COLOR_SCHEME, "'prefer-light'\n",
                                SystemAppearance.GNOME_GTK_THEME, "'Yaru-dark'\n"), Appearance.LIGHT),
                Arguments.of("color-scheme default, dark gtk-theme", HostOs.LINUX, Map.of(),
                        Map.of(SystemAppearance.GNOME_COLOR_SCHEME, "'default'\n",
                                SystemAppearance.GNOME_GTK_THEME, "'Yaru-dark'\n"), Appearance.DARK),
                Arguments.of("older GNOME, Arc-Dark", HostOs.LINUX, Map.of(),
                        Map.of(SystemAppearance.GNOME_GTK_THEME, "'Arc-Dark'\n"), Appearance.DARK),
                Arguments.of("a theme with dark in its name only", HostOs.LINUX, Map.of(),
                        Map.of(SystemAppearance.GNOME_GTK_THEME, "'Darkish-Blue'\n"), Appearance.LIGHT),
                Arguments.of("no gsettings (KDE, a bare X server)", HostOs.LINUX, Map.of(), NOTHING, Appearance.LIGHT),
                Arguments.of("another system", HostOs.OTHER, Map.of("GTK_THEME", "Adwaita:dark"), NOTHING, Appearance.LIGHT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsTheSystemsSetting(String what, HostOs os, Map<String, String> env, Map<List<String>, String> outputs,
                                Appearance expected) {
        Map<List<String>, String> asked = new HashMap<>(outputs);
        assertThat(SystemAppearance.decide(os, env, command -> Optional.ofNullable(asked.get(command)))).isEqualTo(expected);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(HostOs.class)
    void whereNoCommandAnswersEverySystemIsLight(HostOs os) {
        assertThat(SystemAppearance.decide(os, Map.of(), command -> Optional.empty())).isEqualTo(Appearance.LIGHT);
    }

    @org.junit.jupiter.api.Test
    void aMissingCommandIsNoAnswerNotAnError() {
        assertThat(SystemAppearanceProbe.run(List.of("s3grant-no-such-command-here"))).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void operatingSystemsAreToldApartByTheirJavaName() {
        assertThat(HostOs.of("Windows 11")).isEqualTo(HostOs.WINDOWS);
        assertThat(HostOs.of("Mac OS X")).isEqualTo(HostOs.MAC);
        assertThat(HostOs.of("Linux")).isEqualTo(HostOs.LINUX);
        assertThat(HostOs.of("FreeBSD")).isEqualTo(HostOs.LINUX);
        assertThat(HostOs.of("SunOS")).isEqualTo(HostOs.OTHER);
    }
}
