package dev.s3grant.ui.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * How long ago this process started, for the start-up measure. On Linux it is read from the kernel's
 * own clock since boot ({@code /proc/uptime} against the process's start in {@code /proc/self/stat}),
 * to the hundredth of a second. {@link ProcessHandle.Info#startInstant()} is not used there: it adds
 * the start to the boot time in whole seconds, so every age it gives is too long by the same fraction
 * of a second (up to one second, depending on when the machine booted), which would distort every
 * ratio of two start-up times. Elsewhere that instant is all there is.
 */
public final class ProcessAge {

    /** Clock ticks per second of {@code /proc}, {@code USER_HZ}: 100 on every Linux the runtime supports. */
    private static final long TICKS_PER_SECOND = 100;

    private ProcessAge() {
    }

    /** Milliseconds since this process started. */
    public static long millis() {
        try {
            return millis(Files.readString(Path.of("/proc/self/stat")), Files.readString(Path.of("/proc/uptime")));
        } catch (IOException | RuntimeException notLinux) {
            Instant start = ProcessHandle.current().info().startInstant().orElse(Instant.now());
            return Duration.between(start, Instant.now()).toMillis();
        }
    }

    /** The age from the texts of {@code /proc/self/stat} and {@code /proc/uptime}. */
    static long millis(String stat, String uptime) {
        // The command name, in parentheses, may hold spaces; the fields after it start with the third, the state.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
        long startTicks = Long.parseLong(fields[22 - 3]);
        String sinceBoot = uptime.trim().split(" ")[0];
        long uptimeMs = Math.round(Double.parseDouble(sinceBoot) * 1000);
        return uptimeMs - startTicks * 1000 / TICKS_PER_SECOND;
    }
}
