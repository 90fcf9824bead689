package dev.s3grant.ui.fonts;

import dev.s3grant.ui.common.HostOs;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Chooses the window's fonts once at start-up (decision 0040). JavaFX uses only the first family of
 * a CSS {@code font-family} list, so the list is walked here instead: per operating system, the
 * first family that is installed and can show Japanese wins; where none is, JavaFX's logical
 * {@code System} and {@code Monospaced} fonts, which fall back per platform. A family named in the
 * settings comes first when it is installed.
 */
public final class FontChoice {

    /** The logical fonts every JavaFX has. */
    public static final String SYSTEM = "System";
    public static final String MONOSPACED = "Monospaced";

    /** Families for the window's text, best first. */
    static final Map<HostOs, List<String>> TEXT = Map.of(
            HostOs.WINDOWS, List.of("Yu Gothic UI", "Meiryo UI", "Meiryo", "MS UI Gothic"),
            HostOs.MAC, List.of("Hiragino Sans", "Hiragino Kaku Gothic ProN"),
            HostOs.LINUX, List.of("Noto Sans CJK JP", "IPAexGothic", "IPAPGothic", "IPAGothic", "TakaoPGothic", "VL PGothic"),
            HostOs.OTHER, List.of("Noto Sans CJK JP", "IPAexGothic", "IPAGothic"));

    /**
     * Monospaced families that carry Japanese, best first: their CJK glyphs are exactly two columns
     * wide, so the Terraform {@code =} columns stay aligned with Japanese comments.
     */
    static final Map<HostOs, List<String>> CODE = Map.of(
            HostOs.WINDOWS, List.of("BIZ UDGothic", "MS Gothic"),
            HostOs.MAC, List.of(),
            HostOs.LINUX, List.of("Noto Sans Mono CJK JP", "IPAGothic", "TakaoGothic", "VL Gothic"),
            HostOs.OTHER, List.of("Noto Sans Mono CJK JP", "IPAGothic"));

    private FontChoice() {
    }

    /**
     * @param installed the families installed, as JavaFX names them ({@code Font.getFamilies()})
     * @param textOverride the family the settings ask for the window's text, if any
     * @param codeOverride the family the settings ask for code, if any
     */
    public static ChosenFonts choose(HostOs os, Set<String> installed, Optional<String> textOverride,
                                     Optional<String> codeOverride) {
        Map<String, String> byLowerName = installed.stream()
                .collect(Collectors.toMap(f -> f.toLowerCase(Locale.ROOT), f -> f, (a, b) -> a));
        String text = first(textOverride, TEXT.get(os), byLowerName).orElse(SYSTEM);
        String code = first(codeOverride, CODE.get(os), byLowerName).orElse(MONOSPACED);
        return new ChosenFonts(text, code);
    }

    private static Optional<String> first(Optional<String> override, List<String> preferred, Map<String, String> installed) {
        Optional<String> asked = override.map(f -> installed.get(f.trim().toLowerCase(Locale.ROOT)));
        if (asked.isPresent()) {
            return asked;
        }
        return preferred.stream().map(f -> installed.get(f.toLowerCase(Locale.ROOT)))
                .filter(java.util.Objects::nonNull).findFirst();
    }
}
