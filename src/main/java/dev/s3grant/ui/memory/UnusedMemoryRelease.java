package dev.s3grant.ui.memory;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.Arrays;
import javax.management.JMException;
import javax.management.MBeanOperationInfo;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Gives back to the operating system the memory the window holds but no longer uses, such as the
 * garbage of start-up and the heap a burst of typing grew. One release:
 * <ol>
 * <li>lowers the JVM's heap free ratios ({@code MinHeapFreeRatio}, {@code MaxHeapFreeRatio}, which
 *     are writable at run time) so that a full collection may shrink the heap close to what is live,</li>
 * <li>runs that collection ({@link System#gc()}),</li>
 * <li>puts the ratios back, so the heap grows again as usual while the user works,</li>
 * <li>asks the C library to return its free native memory ({@code System.trim_native_heap}, where
 *     the JVM has that diagnostic command).</li>
 * </ol>
 * A JVM without these options (or started with {@code -XX:+DisableExplicitGC}) simply keeps its
 * memory. See docs/decisions/0013.
 */
public final class UnusedMemoryRelease {

    /** The free ratios (percent of the heap) while releasing; HotSpot's defaults are 40 and 70. */
    static final int MIN_FREE_PERCENT = 10;
    static final int MAX_FREE_PERCENT = 15;

    private static final String MIN_FREE = "MinHeapFreeRatio";
    private static final String MAX_FREE = "MaxHeapFreeRatio";
    private static final String TRIM_OPERATION = "systemTrimNativeHeap";

    /** What one release did: the heap's committed bytes before and after, and whether native memory was trimmed. */
    public record Released(long heapCommittedBefore, long heapCommittedAfter, boolean nativeHeapTrimmed) {
    }

    /** Releases unused memory now. Blocks the calling thread for one full collection; call it off the FX thread. */
    public Released release() {
        long before = heapCommitted();
        collectWithLowFreeRatios();
        long after = heapCommitted();
        return new Released(before, after, trimNativeHeap());
    }

    private static void collectWithLowFreeRatios() {
        HotSpotDiagnosticMXBean hotspot = hotspot();
        Ratios original = hotspot == null ? null : Ratios.read(hotspot);
        if (original == null) {
            System.gc();
            return;
        }
        int max = Math.min(original.maxFree(), MAX_FREE_PERCENT);
        int min = Math.min(Math.min(original.minFree(), MIN_FREE_PERCENT), max);
        try {
            // Min first: it must never exceed max, before or after.
            hotspot.setVMOption(MIN_FREE, Integer.toString(min));
            hotspot.setVMOption(MAX_FREE, Integer.toString(max));
            System.gc();
        } catch (IllegalArgumentException e) {
            System.gc();
        } finally {
            original.restore(hotspot);
        }
    }

    /** HotSpot's diagnostic bean, or null on a JVM that has none. */
    private static HotSpotDiagnosticMXBean hotspot() {
        try {
            return ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The heap free ratios as the JVM has them, or null where they cannot be read. */
    private record Ratios(int minFree, int maxFree) {

        static Ratios read(HotSpotDiagnosticMXBean hotspot) {
            try {
                return new Ratios(Integer.parseInt(hotspot.getVMOption(MIN_FREE).getValue()),
                        Integer.parseInt(hotspot.getVMOption(MAX_FREE).getValue()));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        void restore(HotSpotDiagnosticMXBean hotspot) {
            try {
                // Max first: the lowered min is below both.
                hotspot.setVMOption(MAX_FREE, Integer.toString(maxFree));
                hotspot.setVMOption(MIN_FREE, Integer.toString(minFree));
            } catch (IllegalArgumentException e) {
                // not writable: nothing was changed
            }
        }
    }

    private static boolean trimNativeHeap() {
        try {
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            ObjectName commands = new ObjectName("com.sun.management:type=DiagnosticCommand");
            boolean available = Arrays.stream(server.getMBeanInfo(commands).getOperations())
                    .map(MBeanOperationInfo::getName)
                    .anyMatch(TRIM_OPERATION::equals);
            if (!available) {
                return false;
            }
            server.invoke(commands, TRIM_OPERATION, new Object[] {null}, new String[] {String[].class.getName()});
            return true;
        } catch (JMException | RuntimeException e) {
            return false;
        }
    }

    private static long heapCommitted() {
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return heap.getCommitted();
    }
}
