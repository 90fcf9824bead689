package dev.s3grant.analysis.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class ZeroPaddedProperties {

    @Property
    void writesWhatFormatsZeroPaddedDecimalWrites(@ForAll @IntRange(min = 0, max = 2_000_000_000) int value,
                                                  @ForAll @IntRange(min = 1, max = 12) int width) {
        assertThat(ZeroPadded.of(value, width)).isEqualTo(String.format(Locale.ROOT, "%0" + width + "d", value));
    }
}
