package dev.s3grant.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TextWidthTest {

    @Test
    void eastAsianWideCharactersCountDoubleTheOthers() {
        assertThat(TextWidth.of("abcd", 10)).isCloseTo(4 * TextWidth.NARROW_EM * 10, within(1e-9));
        assertThat(TextWidth.of("組織", 10)).isCloseTo(20, within(1e-9));
        assertThat(TextWidth.of("バケット", 12)).isCloseTo(48, within(1e-9));
        assertThat(TextWidth.of("ＡＢ", 10)).as("fullwidth forms").isCloseTo(20, within(1e-9));
        assertThat(TextWidth.of("ロール ecs", 10)).isCloseTo(30 + 4 * TextWidth.NARROW_EM * 10, within(1e-9));
    }

    @Test
    void boldLatinTextIsEstimatedWiderButWideCharactersStayOneEm() {
        assertThat(TextWidth.ofBold("abcd", 10)).isCloseTo(4 * TextWidth.NARROW_BOLD_EM * 10, within(1e-9));
        assertThat(TextWidth.ofBold("abcd", 10)).isGreaterThan(TextWidth.of("abcd", 10));
        assertThat(TextWidth.ofBold("組織", 10)).isCloseTo(20, within(1e-9));
    }

    @Test
    void aCharacterOutsideTheBasicPlaneCountsOnce() {
        assertThat(TextWidth.of("\uD840\uDC0B", 10)).as("CJK extension B, one code point").isCloseTo(10, within(1e-9));
        assertThat(TextWidth.of("", 10)).isZero();
    }

    @Test
    void wideMeansTheWideAndFullwidthRangesOnly() {
        assertThat(TextWidth.isWide('あ')).isTrue();
        assertThat(TextWidth.isWide('ア')).isTrue();
        assertThat(TextWidth.isWide('漢')).isTrue();
        assertThat(TextWidth.isWide('。')).isTrue();
        assertThat(TextWidth.isWide('한')).isTrue();
        assertThat(TextWidth.isWide('a')).isFalse();
        assertThat(TextWidth.isWide('ｱ')).as("halfwidth katakana").isFalse();
        assertThat(TextWidth.isWide('é')).isFalse();
    }
}
