package dev.s3grant.ui.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

class ProcessAgeTest {

    @Test
    void readsTheStartFromTheTwentySecondFieldEvenWhenTheCommandNameHasSpacesAndParentheses() {
        String stat = "4242 (java (main) x) S 1 4242 4242 0 -1 4194560 9120 0 0 0 31 9 0 0 20 0 23 0 "
                + "123456 6046793728 41211 18446744073709551615 1 1 0 0 0 0 0 4096 17614 0 0 0 17 1 0 0 0 0 0";
        assertThat(ProcessAge.millis(stat, "1238.90 2400.12\n")).isEqualTo(1_238_900 - 1_234_560);
    }

    @Test
    void thisProcessIsOlderThanItsRuntimeButNotByMuch() {
        long runtimeUp = ManagementFactory.getRuntimeMXBean().getUptime();
        long age = ProcessAge.millis();
        // The runtime's clock starts after the process; /proc counts in hundredths of a second.
        assertThat(age).isGreaterThanOrEqualTo(runtimeUp - 20).isLessThan(runtimeUp + 5_000);
    }
}
