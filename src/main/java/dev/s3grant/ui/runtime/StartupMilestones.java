package dev.s3grant.ui.runtime;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The detail of the start-up trace: with {@code -Ds3grant.startupTrace.detail=true} (beside
 * {@code -Ds3grant.startupTrace=print|exit}) each step on the way to the first frame records when it
 * ended after the process started, on which thread, that thread's CPU time so far and how many
 * classes the runtime had loaded; {@link StartupTrace} prints them with its line. Without the
 * property {@link #mark} does nothing, so that the timed runs do not load the management classes.
 */
public final class StartupMilestones {

    static final String PROPERTY = "s3grant.startupTrace.detail";
    private static final boolean ON = Boolean.getBoolean(PROPERTY);
    private static final List<String> MARKS = new ArrayList<>();

    private StartupMilestones() {
    }

    /** Records that {@code step} has just ended on the current thread, when the detail was asked for. */
    public static void mark(String step) {
        if (!ON) {
            return;
        }
        long ms = ProcessAge.millis();
        long cpuMs = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
        long classes = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
        String line = String.format(Locale.ROOT, "%6d ms  %-40s %-28s thread CPU %5d ms, %5d classes",
                ms, step, Thread.currentThread().getName(), cpuMs, classes);
        synchronized (MARKS) {
            MARKS.add(line);
        }
    }

    /** The steps recorded so far, in the order they ended. */
    static List<String> recorded() {
        synchronized (MARKS) {
            return List.copyOf(MARKS);
        }
    }
}
