package dev.s3grant.ui.background;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A {@link Debouncer} whose action runs on a daemon thread of its own, for work that must not
 * keep the FX thread busy or its pulses running while it waits. {@link #close()} stops its thread.
 */
public final class DaemonDebouncer implements Debouncer, AutoCloseable {

    private final ScheduledExecutorService timer;
    private final Duration quietPeriod;
    private ScheduledFuture<?> waiting;

    public DaemonDebouncer(String threadName, Duration quietPeriod) {
        this.quietPeriod = quietPeriod;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        });
    }

    @Override
    public synchronized void restart(Runnable action) {
        cancel();
        try {
            waiting = timer.schedule(action, quietPeriod.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // closed: the window is going away, nothing waits for the action
        }
    }

    @Override
    public synchronized void cancel() {
        if (waiting != null) {
            waiting.cancel(false);
            waiting = null;
        }
    }

    /** Drops the action still waiting and stops the thread; later restarts do nothing. */
    @Override
    public synchronized void close() {
        cancel();
        timer.shutdownNow();
    }
}
