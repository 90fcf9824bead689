package dev.s3grant.ui.background;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Computes a result for each submitted input in the background and applies only the result of
 * the latest input: a request that is already outdated when a worker picks it up is skipped, and
 * a result that arrives after a newer request is dropped. A computation that asks whether it is
 * outdated (the {@link BooleanSupplier} it is handed) can stop early: whatever it then returns or
 * throws is dropped too, and the worker is free for the newer input.
 */
public final class LatestWins<I, O> {

    private final BackgroundWork work;
    private final BiFunction<I, BooleanSupplier, O> compute;
    private final Consumer<O> apply;
    private final Consumer<Throwable> failed;
    private final AtomicLong latest = new AtomicLong();
    private final AtomicLong applied = new AtomicLong();

    public LatestWins(BackgroundWork work, Function<I, O> compute, Consumer<O> apply, Consumer<Throwable> failed) {
        this(work, (BiFunction<I, BooleanSupplier, O>) (input, outdated) -> compute.apply(input), apply, failed);
        Objects.requireNonNull(compute);
    }

    /**
     * A computation handed, besides its input, whether a newer input has been submitted since: it may stop then
     * (decision 0054).
     */
    public static <I, O> LatestWins<I, O> stoppable(BackgroundWork work, BiFunction<I, BooleanSupplier, O> compute,
            Consumer<O> apply, Consumer<Throwable> failed) {
        return new LatestWins<>(work, compute, apply, failed);
    }

    private LatestWins(BackgroundWork work, BiFunction<I, BooleanSupplier, O> compute, Consumer<O> apply,
            Consumer<Throwable> failed) {
        this.work = Objects.requireNonNull(work);
        this.compute = Objects.requireNonNull(compute);
        this.apply = Objects.requireNonNull(apply);
        this.failed = Objects.requireNonNull(failed);
    }

    public void submit(I input) {
        long request = latest.incrementAndGet();
        work.run(
                () -> request == latest.get() ? compute.apply(input, () -> request != latest.get()) : null,
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
