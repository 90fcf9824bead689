package dev.s3grant.ui.fonts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.ui.common.HostOs;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Operating system + installed families (+ settings) → the window's two families, as data. */
class FontChoiceTest {

    private static final Set<String> WINDOWS_11 = Set.of("Arial", "Consolas", "Segoe UI", "Yu Gothic UI", "Yu Gothic",
            "Meiryo", "Meiryo UI", "MS Gothic", "BIZ UDGothic", "System", "Monospaced");
    private static final Set<String> WINDOWS_7 = Set.of("Arial", "Consolas", "Segoe UI", "Meiryo", "MS Gothic");
    private static final Set<String> WINDOWS_EN_ONLY = Set.of("Arial", "Consolas", "Segoe UI");
    private static final Set<String> MAC = Set.of("Helvetica Neue", "Menlo", "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Osaka");
    private static final Set<String> DEBIAN_IPA = Set.of("DejaVu Sans", "DejaVu Sans Mono", "IPAGothic", "IPAPGothic",
            "IPAMincho", "Noto Mono");
    private static final Set<String> UBUNTU_NOTO = Set.of("Ubuntu", "DejaVu Sans Mono", "Noto Sans CJK JP",
            "Noto Sans Mono CJK JP", "Noto Serif CJK JP");
    private static final Set<String> FEDORA_IPAEX = Set.of("Cantarell", "IPAexGothic", "IPAGothic", "DejaVu Sans Mono");
    private static final Set<String> LINUX_NO_CJK = Set.of("DejaVu Sans", "DejaVu Sans Mono", "Liberation Mono");

    static Stream<Arguments> systems() {
        return Stream.of(
                Arguments.of(HostOs.WINDOWS, WINDOWS_11, "Yu Gothic UI", "BIZ UDGothic"),
                Arguments.of(HostOs.WINDOWS, WINDOWS_7, "Meiryo", "MS Gothic"),
                Arguments.of(HostOs.WINDOWS, WINDOWS_EN_ONLY, "System", "Monospaced"),
                Arguments.of(HostOs.MAC, MAC, "Hiragino Sans", "Monospaced"),
                Arguments.of(HostOs.LINUX, DEBIAN_IPA, "IPAPGothic", "IPAGothic"),
                Arguments.of(HostOs.LINUX, UBUNTU_NOTO, "Noto Sans CJK JP", "Noto Sans Mono CJK JP"),
                Arguments.of(HostOs.LINUX, FEDORA_IPAEX, "IPAexGothic", "IPAGothic"),
                Arguments.of(HostOs.LINUX, LINUX_NO_CJK, "System", "Monospaced"),
                Arguments.of(HostOs.OTHER, DEBIAN_IPA, "IPAGothic", "IPAGothic"));
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("systems")
    void choosesTheFirstInstalledFamilyOfTheSystemsList(HostOs os, Set<String> installed, String text, String code) {
        assertThat(FontChoice.choose(os, installed, Optional.empty(), Optional.empty())).isEqualTo(new ChosenFonts(text, code));
    }

    @Test
    void familiesMatchWhateverTheCaseJavaFxReports() {
        assertThat(FontChoice.choose(HostOs.LINUX, Set.of("ipagothic"), Optional.empty(), Optional.empty()))
                .isEqualTo(new ChosenFonts("ipagothic", "ipagothic"));
    }

    @Test
    void anInstalledFamilyFromTheSettingsWins() {
        assertThat(FontChoice.choose(HostOs.WINDOWS, WINDOWS_11, Optional.of("segoe ui"), Optional.of("Consolas")))
                .isEqualTo(new ChosenFonts("Segoe UI", "Consolas"));
    }

    @Test
    void aFamilyFromTheSettingsThatIsNotInstalledIsPassedOver() {
        assertThat(FontChoice.choose(HostOs.LINUX, DEBIAN_IPA, Optional.of("Comic Sans MS"), Optional.of("Fira Code")))
                .isEqualTo(new ChosenFonts("IPAPGothic", "IPAGothic"));
    }

    @Test
    void theStylesheetPutsTheTextFamilyOnTheRootAndTheCodeFamilyOnEveryCodeClass() {
        assertThat(FontStylesheet.css(new ChosenFonts("Yu Gothic UI", "BIZ UDGothic"))).isEqualTo("""
                .root {
                    -fx-font-family: "Yu Gothic UI";
                }

                .preview-code,
                .preview-code .text,
                .preview-code .lineno,
                .diff-rows .diff-text,
                .diff-rows .diff-line-number,
                .service-check,
                .explanation-code {
                    -fx-font-family: "BIZ UDGothic";
                }
                """);
        assertThat(FontStylesheet.dataUrl(new ChosenFonts("A", "B"))).startsWith("data:text/css;base64,");
    }
}
