package dev.s3grant.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.io.DesignFiles;
import dev.s3grant.model.Design;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * A coarse guard against large regressions of the façade's speed, not a timing test: the example
 * design must take at most ten times its 1 ms target (docs/performance.md), as a median after
 * warm-up, in this thread's CPU time (the example has one writer, so all its work is on this thread), which
 * other work on the machine does not stretch as it stretches wall time. The benchmarks
 * ({@code mvn -Pbench verify}) measure it properly.
 */
class FacadeSpeedGuardTest {

    static final double TARGET_MS = 1.0;
    static final int WARM_UP = 300;
    static final int MEASURED = 51;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    @Test
    void theExampleDesignTakesAtMostTenTimesItsTarget() {
        Design example = DesignFiles.example();
        for (int i = 0; i < WARM_UP; i++) {
            GrantDesigner.artifacts(example);
        }
        long[] nanos = new long[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long start = CPU.getCurrentThreadCpuTime();
            GrantDesigner.artifacts(example);
            nanos[i] = CPU.getCurrentThreadCpuTime() - start;
        }
        Arrays.sort(nanos);
        double medianMs = nanos[MEASURED / 2] / 1e6;

        assertThat(medianMs).as("median ms of this thread's CPU time for GrantDesigner.artifacts(example) after warm-up").isLessThanOrEqualTo(10 * TARGET_MS);
    }
}
