package dev.s3grant.ui.background;

import java.util.function.Consumer;
import java.util.function.Supplier;

/** Runs the task and its continuation at once on the calling thread: for view-model tests. */
public final class SameThreadBackgroundWork implements BackgroundWork {

    @Override
    public <T> void run(Supplier<T> task, Consumer<T> onResult, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = task.get();
        } catch (RuntimeException | Error e) {
            onFailure.accept(e);
            return;
        }
        onResult.accept(result);
    }

    @Override
    public void onUiThread(Runnable action) {
        action.run();
    }

    @Override
    public void close() {
        // nothing to stop
    }
}
