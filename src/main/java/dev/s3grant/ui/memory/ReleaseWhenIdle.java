package dev.s3grant.ui.memory;

import dev.s3grant.ui.background.Debouncer;
import java.time.Duration;
import java.util.Optional;
import javafx.beans.value.ObservableValue;

/**
 * Releases unused memory once the window has been idle for a while: after start-up, and again
 * after each burst of work. Every change of {@code activity} (in the window, each new output)
 * puts the release off; a release runs once per quiet spell, not repeatedly while nothing happens.
 */
public final class ReleaseWhenIdle {

    /** System property: the quiet period in milliseconds (default {@value #DEFAULT_QUIET_MILLIS}); 0 turns the release off. */
    public static final String QUIET_PROPERTY = "s3grant.releaseMemoryAfterMillis";
    static final long DEFAULT_QUIET_MILLIS = 10_000;

    private final Debouncer quiet;
    private final Runnable release;

    public ReleaseWhenIdle(Debouncer quiet, Runnable release) {
        this.quiet = quiet;
        this.release = release;
    }

    /** The quiet period set by {@value #QUIET_PROPERTY}, or ten seconds; empty when turned off. */
    public static Optional<Duration> quietPeriod() {
        long millis = Long.getLong(QUIET_PROPERTY, DEFAULT_QUIET_MILLIS);
        return millis <= 0 ? Optional.empty() : Optional.of(Duration.ofMillis(millis));
    }

    /** Waits for the first quiet spell now, and for another after each change of {@code activity}. */
    public void follow(ObservableValue<?> activity) {
        activity.addListener((o, old, now) -> quiet.restart(release));
        quiet.restart(release);
    }
}
