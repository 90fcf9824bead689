package dev.s3grant.ui.background;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Computes a result for each submitted input in the background and applies only the result of
 * the latest input: a request that is already outdated when a worker picks it up is skipped, and
 * a result that arrives after a newer request is dropped.
 */
public final class LatestWins<I, O> {

    private final BackgroundWork work;
    private final Function<I, O> compute;
    private final Consumer<O> apply;
    private final Consumer<Throwable> failed;
    private final AtomicLong latest = new AtomicLong();
    private final AtomicLong applied = new AtomicLong();

    public LatestWins(BackgroundWork work, Function<I, O> compute, Consumer<O> apply, Consumer<Throwable> failed) {
        this.work = Objects.requireNonNull(work);
        this.compute = Objects.requireNonNull(compute);
        this.apply = Objects.requireNonNull(apply);
        this.failed = Objects.requireNonNull(failed);
    }

    public void submit(I input) {
        long request = latest.incrementAndGet();
        work.run(
                () -> request == latest.get() ? compute.apply(input) : null,
                result -> {
                    if (result != null && request == latest.get()) {
                        applied.set(request);
                        apply.accept(result);
                    }
                },
                error -> {
                    if (request == latest.get()) {
                        applied.set(request);
                        failed.accept(error);
                    }
                });
    }

    /** True while the result of the latest request has not been applied yet. */
    public boolean pending() {
        return applied.get() != latest.get();
    }
}
