package dev.s3grant.ui.background;

/** A debouncer the test fires by hand: {@link #fire()} runs the action waiting, as the quiet period's end would. */
public final class ManualDebouncer implements Debouncer {

    private Runnable waiting;
    public int restarts;

    @Override
    public void restart(Runnable action) {
        waiting = action;
        restarts++;
    }

    @Override
    public void cancel() {
        waiting = null;
    }

    public boolean isWaiting() {
        return waiting != null;
    }

    public void fire() {
        Runnable action = waiting;
        waiting = null;
        if (action != null) {
            action.run();
        }
    }
}
