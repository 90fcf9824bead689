package dev.s3grant.ui;

import dev.s3grant.ui.background.Debouncer;

/** A debouncer the test fires by hand: {@link #fire()} runs the action waiting, as the quiet period's end would. */
final class ManualDebouncer implements Debouncer {

    private Runnable waiting;
    int restarts;

    @Override
    public void restart(Runnable action) {
        waiting = action;
        restarts++;
    }

    @Override
    public void cancel() {
        waiting = null;
    }

    boolean isWaiting() {
        return waiting != null;
    }

    void fire() {
        Runnable action = waiting;
        waiting = null;
        if (action != null) {
            action.run();
        }
    }
}
