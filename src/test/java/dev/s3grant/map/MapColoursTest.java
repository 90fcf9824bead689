package dev.s3grant.map;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The map's status and mark colours colour label text on white, so each must reach WCAG AA (4.5:1). */
class MapColoursTest {

    @Test
    void everyStatusAndMarkColourReachesAaContrastOnWhite() {
        for (ArrowStatus status : ArrowStatus.values()) {
            assertThat(contrastOnWhite(MapColours.of(status))).as(status.name()).isGreaterThanOrEqualTo(4.5);
        }
        for (MapMark mark : MapMark.values()) {
            if (mark != MapMark.NONE) {
                assertThat(contrastOnWhite(MapColours.of(mark))).as(mark.name()).isGreaterThanOrEqualTo(4.5);
            }
        }
        assertThat(MapColours.of(MapMark.NONE)).isEmpty();
    }

    @Test
    void theContrastIsComputedAsWcagDefinesIt() {
        assertThat(contrastOnWhite("#000000")).isEqualTo(21.0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(contrastOnWhite("#ffffff")).isEqualTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(contrastOnWhite("#767676")).isGreaterThan(4.5).isLessThan(4.6);
    }

    /** WCAG 2.1 contrast ratio of a colour against white: (1.05) / (L + 0.05). */
    private static double contrastOnWhite(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        double l = 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
        return 1.05 / (l + 0.05);
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
