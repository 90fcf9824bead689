package dev.s3grant.ui.background;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.concurrent.Executor;

/**
 * Runs tasks on daemon worker threads and hands results to {@code uiThread} (in the window,
 * {@code Platform::runLater}). {@link #close()} shuts the workers down.
 */
public final class ExecutorBackgroundWork implements BackgroundWork {

    private final ExecutorService workers;
    private final Executor uiThread;

    public ExecutorBackgroundWork(String name, int threads, Executor uiThread) {
        AtomicInteger count = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.uiThread = uiThread;
    }

    @Override
    public <T> void run(Supplier<T> task, Consumer<T> onResult, Consumer<Throwable> onFailure) {
        try {
            workers.execute(() -> {
                T result;
                try {
                    result = task.get();
                } catch (RuntimeException | Error e) {
                    uiThread.execute(() -> onFailure.accept(e));
                    return;
                }
                uiThread.execute(() -> onResult.accept(result));
            });
        } catch (RejectedExecutionException e) {
            // closed: the window is going away, nobody waits for the result
        }
    }

    @Override
    public void onUiThread(Runnable action) {
        uiThread.execute(action);
    }

    @Override
    public void close() {
        workers.shutdownNow();
        try {
            workers.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public boolean isClosed() {
        return workers.isTerminated();
    }
}
