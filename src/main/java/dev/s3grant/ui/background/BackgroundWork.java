package dev.s3grant.ui.background;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The one way the window runs work off the FX thread: {@code task} runs in the background, then
 * {@code onResult} (or {@code onFailure}) runs on the thread that owns the UI. Tests use a
 * same-thread implementation (in the test sources), so view-models run synchronously in plain JUnit.
 */
public interface BackgroundWork extends AutoCloseable {

    <T> void run(Supplier<T> task, Consumer<T> onResult, Consumer<Throwable> onFailure);

    /**
     * Runs {@code action} on the thread that owns the UI, after what was handed to it before: a task hands
     * part of its result over this way before it ends, and its {@code onResult} comes after.
     */
    void onUiThread(Runnable action);

    /** Stops the background threads; work submitted afterwards is ignored. */
    @Override
    void close();
}
