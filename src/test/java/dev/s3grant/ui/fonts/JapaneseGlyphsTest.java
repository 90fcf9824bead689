package dev.s3grant.ui.fonts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.ui.common.HostOs;
import java.nio.IntBuffer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Japanese is drawn as Japanese, not as boxes, in the fonts chosen on this machine: each distinct
 * character renders to a distinct picture (a missing glyph draws the same box for every one), and
 * in the code font a Japanese character is exactly two columns wide. Skipped, with a message, where
 * no font that carries Japanese is installed (on Debian: {@code apt-get install fonts-ipafont-gothic}).
 */
@ExtendWith(ApplicationExtension.class)
class JapaneseGlyphsTest {

    private static final String SAMPLE = "日本語のテキスト";

    private ChosenFonts fonts;

    @Start
    void start(Stage stage) {
        // no window: the tests render nodes off-screen
    }

    @BeforeEach
    void choose() {
        fonts = fx(() -> FontChoice.choose(HostOs.current(), Set.copyOf(Font.getFamilies()), Optional.empty(), Optional.empty()));
    }

    private static <T> T fx(Callable<T> call) {
        try {
            return WaitForAsyncUtils.asyncFx(call).get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void assumeJapaneseFamily(String family, String what) {
        Assumptions.assumeFalse(family.equals(FontChoice.SYSTEM) || family.equals(FontChoice.MONOSPACED),
                "no font for Japanese is installed for the " + what + " (" + HostOs.current()
                        + "; on Debian: apt-get install fonts-ipafont-gothic): nothing to check here");
    }

    /** The character drawn black on white, as pixels. */
    private static int[] picture(String family, String character) {
        return fx(() -> {
            Text text = new Text(character);
            text.setFont(Font.font(family, 24));
            text.setFill(Color.BLACK);
            SnapshotParameters white = new SnapshotParameters();
            white.setFill(Color.WHITE);
            WritableImage image = text.snapshot(white, null);
            int w = (int) image.getWidth();
            int h = (int) image.getHeight();
            int[] pixels = new int[w * h + 2];
            image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), IntBuffer.wrap(pixels, 2, w * h), w);
            pixels[0] = w;
            pixels[1] = h;
            return pixels;
        });
    }

    private static int inkedPixels(int[] picture) {
        int n = 0;
        for (int i = 2; i < picture.length; i++) {
            if ((picture[i] & 0xff) < 128) {
                n++;
            }
        }
        return n;
    }

    @Test
    void theTextFontDrawsEachJapaneseCharacterAsItsOwnGlyph() {
        assumeJapaneseFamily(fonts.text(), "window's text");
        assertDistinctGlyphs(fonts.text());
    }

    @Test
    void theCodeFontDrawsEachJapaneseCharacterAsItsOwnGlyph() {
        assumeJapaneseFamily(fonts.code(), "code view");
        assertDistinctGlyphs(fonts.code());
    }

    private void assertDistinctGlyphs(String family) {
        assertThat(fx(() -> Font.font(family, 13).getFamily())).as("JavaFX loads " + family).isEqualToIgnoringCase(family);
        Map<String, int[]> pictures = new LinkedHashMap<>();
        SAMPLE.codePoints().distinct().forEach(cp -> pictures.put(Character.toString(cp), picture(family, Character.toString(cp))));
        pictures.forEach((c, p) -> assertThat(inkedPixels(p)).as(c + " draws something").isGreaterThan(10));
        long distinct = pictures.values().stream().map(Arrays::hashCode).distinct().count();
        assertThat(distinct).as("distinct pictures of " + pictures.keySet() + " in " + family).isEqualTo(pictures.size());
    }

    @Test
    void inTheCodeFontAJapaneseCharacterIsTwoColumnsWide() {
        assumeJapaneseFamily(fonts.code(), "code view");
        double column = fx(() -> width(fonts.code(), "abcdefgh")) / 8;
        double japanese = fx(() -> width(fonts.code(), SAMPLE)) / SAMPLE.length();
        assertThat(fx(() -> width(fonts.code(), "iiii"))).as("monospaced").isCloseTo(column * 4, org.assertj.core.api.Assertions.within(0.01));
        assertThat(japanese).isCloseTo(2 * column, org.assertj.core.api.Assertions.within(0.05));
    }

    private static double width(String family, String s) {
        Text text = new Text(s);
        text.setFont(Font.font(family, 13));
        return text.getLayoutBounds().getWidth();
    }
}
