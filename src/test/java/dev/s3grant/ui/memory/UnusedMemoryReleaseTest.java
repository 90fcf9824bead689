package dev.s3grant.ui.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import javax.management.JMException;
import javax.management.MBeanInfo;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

class UnusedMemoryReleaseTest {

    private static final HotSpotDiagnosticMXBean HOTSPOT = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);

    /** Live data the window would hold, and the garbage of a burst of work. */
    private static byte[][] live;
    private static byte[][] burst;

    @Test
    void shrinksTheHeapCloseToWhatIsLiveWhichTheJvmsDefaultRatiosWouldNot() {
        assumeTrue(Runtime.getRuntime().maxMemory() >= 1L << 30, "needs a heap of 1 GB to grow into");
        live = allocate(64);
        burst = allocate(256);
        burst = null;

        UnusedMemoryRelease.Released released = new UnusedMemoryRelease().release();

        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        assertThat(released.heapCommittedBefore()).isGreaterThanOrEqualTo(320L << 20);
        // At most 15 % free, give or take a few regions; HotSpot's default of 70 % would leave about used / 0.3.
        assertThat(released.heapCommittedAfter()).isLessThanOrEqualTo(used * 100 / 85 + (24L << 20));
        assertThat(live).hasNumberOfRows(64 * 4);
    }

    @Test
    void putsTheHeapFreeRatiosBackAfterwards() {
        String min = HOTSPOT.getVMOption("MinHeapFreeRatio").getValue();
        String max = HOTSPOT.getVMOption("MaxHeapFreeRatio").getValue();

        new UnusedMemoryRelease().release();

        assertThat(HOTSPOT.getVMOption("MinHeapFreeRatio").getValue()).isEqualTo(min);
        assertThat(HOTSPOT.getVMOption("MaxHeapFreeRatio").getValue()).isEqualTo(max);
    }

    @Test
    void trimsTheNativeHeapWhereTheJvmOffersIt() {
        assertThat(new UnusedMemoryRelease().release().nativeHeapTrimmed()).isEqualTo(hasTrimCommand());
    }

    private static boolean hasTrimCommand() {
        try {
            MBeanInfo commands = ManagementFactory.getPlatformMBeanServer()
                    .getMBeanInfo(new ObjectName("com.sun.management:type=DiagnosticCommand"));
            return Arrays.stream(commands.getOperations()).anyMatch(o -> o.getName().equals("systemTrimNativeHeap"));
        } catch (JMException e) {
            return false;
        }
    }

    /** Megabytes in quarter-megabyte arrays: small enough not to count as humongous objects for G1. */
    private static byte[][] allocate(int megabytes) {
        byte[][] arrays = new byte[megabytes * 4][];
        for (int i = 0; i < arrays.length; i++) {
            arrays[i] = new byte[1 << 18];
        }
        return arrays;
    }
}
