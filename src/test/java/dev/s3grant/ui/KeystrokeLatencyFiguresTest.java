package dev.s3grant.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The figures the keystroke latency measure reports, and that it runs in the bench profile only. */
class KeystrokeLatencyFiguresTest {

    private static long[] millis(long... values) {
        return LongStream.of(values).map(TimeUnit.MILLISECONDS::toNanos).toArray();
    }

    @Test
    void theMeasureIsTaggedBenchSoTheDefaultBuildSkipsIt() {
        assertThat(KeystrokeLatencyTest.class.getAnnotation(Tag.class)).isNotNull()
                .extracting(Tag::value).isEqualTo("bench");
    }

    @Test
    void percentileIsTheNearestRank() {
        long[] sorted = LongStream.rangeClosed(1, 20).toArray();
        assertThat(KeystrokeLatencyTest.percentile(sorted, 50)).isEqualTo(10);
        assertThat(KeystrokeLatencyTest.percentile(sorted, 95)).isEqualTo(19);
        assertThat(KeystrokeLatencyTest.percentile(sorted, 100)).isEqualTo(20);
    }

    @Test
    void aP95OfSixteenMillisecondsMeetsTheTargetAndAnyMoreMisses() {
        long[] nineteenFastOneSlow = millis(5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 16, 40);
        assertThat(KeystrokeLatencyTest.meetsTarget(nineteenFastOneSlow)).isTrue();
        long[] justOver = nineteenFastOneSlow.clone();
        justOver[18] = TimeUnit.MILLISECONDS.toNanos(16) + 1;
        assertThat(KeystrokeLatencyTest.meetsTarget(justOver)).isFalse();
    }
}
