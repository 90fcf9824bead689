package dev.s3grant.ui.background;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Background work that waits until the test runs it, in the order the test chooses: for races. */
public final class QueuedBackgroundWork implements BackgroundWork {

    /** Runs a queued task and its continuation when the test says so. */
    private static final SameThreadBackgroundWork NOW = new SameThreadBackgroundWork();

    private final List<Runnable> queued = new ArrayList<>();

    @Override
    public <T> void run(Supplier<T> task, Consumer<T> onResult, Consumer<Throwable> onFailure) {
        queued.add(() -> NOW.run(task, onResult, onFailure));
    }

    /** A queued task runs with its continuation when the test says so; what it hands over on the way runs then too. */
    @Override
    public void onUiThread(Runnable action) {
        action.run();
    }

    public int size() {
        return queued.size();
    }

    /** Runs the task queued as {@code index} (0 is the oldest still queued), with its continuation. */
    public void run(int index) {
        queued.remove(index).run();
    }

    public void runNewestFirst() {
        while (!queued.isEmpty()) {
            run(queued.size() - 1);
        }
    }

    public void runAll() {
        while (!queued.isEmpty()) {
            run(0);
        }
    }

    @Override
    public void close() {
        queued.clear();
    }
}
