package dev.s3grant.ui.background;

/**
 * Runs an action once things have been quiet for a while: each {@link #restart} puts the action
 * off again, so a burst of edits leads to one run after the last. The action runs on the
 * debouncer's thread: the FX thread for {@link FxDebouncer}, a daemon thread for
 * {@link DaemonDebouncer}. Tests use a debouncer they fire by hand.
 */
public interface Debouncer {

    /** Runs {@code action} after the quiet period, instead of any action still waiting. */
    void restart(Runnable action);

    /** Drops the action still waiting, if any. */
    void cancel();
}
