package dev.s3grant.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Both palettes meet WCAG AA for every foreground/background pair the window draws
 * (contrast-pairs.txt), name the same colours, and name every colour the window's stylesheets use.
 */
class ThemeContrastTest {

    /** The grant map's colours, which its view looks up on .root: both themes name them. */
    private static final List<String> MAP_COLOURS = List.of("-map-box-fill", "-map-box-stroke", "-map-text", "-map-allowed",
            "-map-denied", "-map-wrong", "-map-foreign", "-map-added", "-map-removed", "-map-selected");

    private static String resource(String path) {
        try (InputStream in = Objects.requireNonNull(ThemeContrastTest.class.getResourceAsStream(path), path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Map<String, String> palette(Appearance appearance) {
        return Contrast.palette(resource(appearance == Appearance.LIGHT ? "palette-light.css" : "palette-dark.css"));
    }

    private static List<Contrast.Pair> pairs() {
        return Contrast.pairs(resource("contrast-pairs.txt"));
    }

    @ParameterizedTest
    @EnumSource(Appearance.class)
    void everyPairMeetsWcagAa(Appearance appearance) {
        assertThat(pairs()).hasSizeGreaterThan(60);
        assertThat(Contrast.failures(palette(appearance), pairs())).isEmpty();
    }

    @Test
    void aPairBelowTheMinimumFails() {
        Map<String, String> madeUp = Contrast.palette(".root { -grey: #777777; -white: #ffffff; -black: #000000; -alias: -black; }");
        List<Contrast.Pair> pairs = Contrast.pairs("""
                -grey   -white 4.5 grey text on white
                -alias  -white 4.5 black text on white
                -grey   -white 3   grey icon on white
                -purple -white 3   a colour no one named
                """);
        assertThat(Contrast.failures(madeUp, pairs)).containsExactly(
                "grey text on white: -grey #777777 on -white #ffffff is 4.48:1, below 4.5:1",
                "a colour no one named: -purple is not named");
    }

    @Test
    void ratiosAreWcags() {
        assertThat(Contrast.ratio("#000000", "#ffffff")).isCloseTo(21.0, within(1e-9));
        assertThat(Contrast.ratio("#ffffff", "#ffffff")).isCloseTo(1.0, within(1e-9));
        assertThat(Contrast.ratio("#767676", "#ffffff")).isCloseTo(4.54, within(0.01));
    }

    @Test
    void bothPalettesNameTheSameColoursIncludingTheGrantMaps() {
        assertThat(palette(Appearance.DARK).keySet()).containsExactlyInAnyOrderElementsOf(palette(Appearance.LIGHT).keySet());
        assertThat(palette(Appearance.LIGHT)).containsKeys(MAP_COLOURS.toArray(String[]::new));
        Set<String> tested = new TreeSet<>();
        pairs().forEach(p -> {
            tested.add(p.foreground());
            tested.add(p.background());
        });
        assertThat(tested).as("every grant map colour is in a tested pair").containsAll(MAP_COLOURS);
    }

    @Test
    void everyColourTheStylesheetsUseIsNamedInThePalettes() {
        Pattern use = Pattern.compile(":\\s*(-(?:c|diff|map)-[a-z0-9-]+)");
        Set<String> used = new TreeSet<>();
        for (String sheet : List.of("/dev/s3grant/ui/designer.css", "/dev/s3grant/ui/diff/diff-view.css")) {
            String css = resource(sheet);
            assertThat(css).as(sheet + " names no colour of its own").doesNotContainPattern("#[0-9a-fA-F]{3,6}\\b");
            Matcher m = use.matcher(css);
            while (m.find()) {
                used.add(m.group(1));
            }
        }
        assertThat(used).hasSizeGreaterThan(20);
        assertThat(palette(Appearance.LIGHT).keySet()).containsAll(used);
    }
}
