package dev.s3grant.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class TextChangeTest {

    @Test
    void replacesOnlyWhatLiesBetweenTheCommonPrefixAndSuffix() {
        assertThat(TextChange.between("arn:aws:s3:::old-name/*", "arn:aws:s3:::new-name/*"))
                .isEqualTo(new TextChange(13, 16, "new"));
    }

    @Test
    void equalTextsNeedNoChange() {
        assertThat(TextChange.between("same", "same")).isNull();
    }

    @Test
    void insertionAndDeletionAreEmptyRanges() {
        assertThat(TextChange.between("ab", "axb")).isEqualTo(new TextChange(1, 1, "x"));
        assertThat(TextChange.between("axb", "ab")).isEqualTo(new TextChange(1, 2, ""));
    }

    @Property
    void applyingTheChangeGivesTheNewText(@ForAll String before, @ForAll String after) {
        TextChange change = TextChange.between(before, after);
        assertThat(change == null ? before : change.applyTo(before)).isEqualTo(after);
    }
}
