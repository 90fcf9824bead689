package dev.s3grant.ui.fonts;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * The chosen fonts as a stylesheet, added to every window after the window's own: the text family
 * on {@code .root}, the monospaced one on each code style class. The classes stay the ones of the
 * window's stylesheets; sizes, weights and colours stay there too.
 */
public final class FontStylesheet {

    /** Everything drawn in the monospaced family: the code view, the diff, service names, code in explanations. */
    static final List<String> CODE_SELECTORS = List.of(
            ".preview-code", ".preview-code .text", ".preview-code .lineno",
            ".diff-rows .diff-text", ".diff-rows .diff-line-number",
            ".service-check", ".explanation-code");

    private FontStylesheet() {
    }

    public static String css(ChosenFonts fonts) {
        return ".root {\n    -fx-font-family: " + quoted(fonts.text()) + ";\n}\n\n"
                + String.join(",\n", CODE_SELECTORS) + " {\n    -fx-font-family: " + quoted(fonts.code()) + ";\n}\n";
    }

    /** The stylesheet as a {@code data:} URL, which a scene's stylesheet list accepts (JavaFX 17+). */
    public static String dataUrl(ChosenFonts fonts) {
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css(fonts).getBytes(StandardCharsets.UTF_8));
    }

    private static String quoted(String family) {
        return "\"" + family.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
