package dev.s3grant.ui.background;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DaemonDebouncerTest {

    @Test
    void runsTheActionOnItsOwnDaemonThreadAfterTheQuietPeriod() throws InterruptedException {
        DaemonDebouncer debouncer = new DaemonDebouncer("test-quiet", Duration.ofMillis(50));
        CountDownLatch ran = new CountDownLatch(1);
        List<Thread> threads = new CopyOnWriteArrayList<>();

        debouncer.restart(() -> {
            threads.add(Thread.currentThread());
            ran.countDown();
        });

        assertThat(ran.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(threads.get(0).getName()).isEqualTo("test-quiet");
        assertThat(threads.get(0).isDaemon()).isTrue();
    }

    @Test
    void aRestartReplacesTheActionStillWaiting() throws InterruptedException {
        DaemonDebouncer debouncer = new DaemonDebouncer("test-quiet", Duration.ofMillis(200));
        List<String> ran = new CopyOnWriteArrayList<>();
        CountDownLatch second = new CountDownLatch(1);

        debouncer.restart(() -> ran.add("first"));
        debouncer.restart(() -> {
            ran.add("second");
            second.countDown();
        });

        assertThat(second.await(10, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(300);
        assertThat(ran).containsExactly("second");
    }

    @Test
    void cancelDropsTheActionStillWaiting() throws InterruptedException {
        DaemonDebouncer debouncer = new DaemonDebouncer("test-quiet", Duration.ofMillis(50));
        List<String> ran = new CopyOnWriteArrayList<>();

        debouncer.restart(() -> ran.add("dropped"));
        debouncer.cancel();
        Thread.sleep(400);

        assertThat(ran).isEmpty();
    }

    @Test
    void closeDropsTheActionStillWaitingAndLaterRestartsDoNothing() throws InterruptedException {
        DaemonDebouncer debouncer = new DaemonDebouncer("test-quiet", Duration.ofMillis(50));
        List<String> ran = new CopyOnWriteArrayList<>();

        debouncer.restart(() -> ran.add("dropped"));
        debouncer.close();
        debouncer.restart(() -> ran.add("after close"));
        Thread.sleep(400);

        assertThat(ran).isEmpty();
    }
}
