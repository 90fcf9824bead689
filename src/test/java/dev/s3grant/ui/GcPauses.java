package dev.s3grant.ui;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The collector's pauses, for the keystroke measure's account of its slowest keys: each collection's end
 * (in {@link System#nanoTime()}) and length, from the JVM's own notifications.
 */
final class GcPauses {

    private GcPauses() {
    }

    /** Adds {end ns, pause ns} to {@code pauses} for every collection from now on. */
    static void follow(List<long[]> pauses) {
        for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (bean instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((notification, handback) -> {
                    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                        return;
                    }
                    var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()).getGcInfo();
                    long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
                    long end = System.nanoTime() - (uptime - info.getEndTime()) * 1_000_000L;
                    pauses.add(new long[] {end, info.getDuration() * 1_000_000L});
                }, null, null);
            }
        }
    }

    /** The nanoseconds of collection pauses that overlap {@code from}–{@code to}. */
    static long within(List<long[]> pauses, long from, long to) {
        long sum = 0;
        synchronized (pauses) {
            for (long[] p : pauses) {
                long start = p[0] - p[1];
                long overlap = Math.min(to, p[0]) - Math.max(from, start);
                sum += Math.max(0, overlap);
            }
        }
        return sum;
    }

    /** How many collections {@code pauses} holds, their pauses in all and the longest, in milliseconds. */
    static String summary(List<long[]> pauses) {
        synchronized (pauses) {
            long total = pauses.stream().mapToLong(p -> p[1]).sum();
            long longest = pauses.stream().mapToLong(p -> p[1]).max().orElse(0);
            return "{\"count\": " + pauses.size() + ", \"pausesMs\": " + total / 1_000_000 + ", \"longestMs\": "
                    + longest / 1_000_000 + "}";
        }
    }

    /** The JVM's collectors by name, and its maximum heap in MB. */
    static String describe() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
                .collect(Collectors.joining(", ")) + "; max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                + " MB; " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version");
    }
}
