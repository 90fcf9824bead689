package dev.s3grant.app;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads the façade hands half of its work to: daemon threads (they never keep the program
 * alive), as many as there are other cores and at least one, started when first needed and ended
 * after a minute without work.
 */
final class SecondCore {

    static final ExecutorService EXECUTOR = executor();

    private SecondCore() {
    }

    private static ExecutorService executor() {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor executor = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.MINUTES,
                new LinkedBlockingQueue<>(), work -> {
                    Thread thread = new Thread(work, "s3grant-facade-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        executor.allowCoreThreadTimeOut(true);
        return executor;
    }
}
