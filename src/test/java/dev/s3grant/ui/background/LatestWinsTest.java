package dev.s3grant.ui.background;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class LatestWinsTest {

    /** Holds tasks until the test runs them, in any order. */
    private static final class ManualWork implements BackgroundWork {
        final Deque<Runnable> tasks = new ArrayDeque<>();
        int computed;

        @Override
        public <T> void run(Supplier<T> task, Consumer<T> onResult, Consumer<Throwable> onFailure) {
            // a task's exception goes to its failure handler, as the executor hands it
            tasks.add(() -> {
                T result;
                try {
                    result = task.get();
                } catch (RuntimeException e) {
                    onFailure.accept(e);
                    return;
                }
                if (result != null) {
                    computed++;
                }
                onResult.accept(result);
            });
        }

        @Override
        public void onUiThread(Runnable action) {
            action.run();
        }

        @Override
        public void close() {
        }
    }

    @Test
    void onlyTheLatestRequestIsComputedAndApplied() {
        ManualWork work = new ManualWork();
        List<String> applied = new ArrayList<>();
        LatestWins<String, String> latest = new LatestWins<>(work, s -> s.toUpperCase(), applied::add, e -> { });
        latest.submit("a");
        latest.submit("b");
        latest.submit("c");
        assertThat(latest.pending()).isTrue();
        while (!work.tasks.isEmpty()) {
            work.tasks.poll().run();
        }
        assertThat(applied).containsExactly("C");
        assertThat(work.computed).isEqualTo(1);
        assertThat(latest.pending()).isFalse();
    }

    @Test
    void aResultThatArrivesAfterANewerRequestIsDropped() {
        ManualWork work = new ManualWork();
        List<String> applied = new ArrayList<>();
        LatestWins<String, String> latest = new LatestWins<>(work, s -> s + "!", applied::add, e -> { });
        latest.submit("old");
        Runnable oldTask = work.tasks.poll();
        latest.submit("new");
        work.tasks.poll().run();
        oldTask.run();
        assertThat(applied).containsExactly("new!");
    }

    @Test
    void aStoppableComputationLearnsOfANewerRequestAndWhatItThrowsThenIsDropped() {
        ManualWork work = new ManualWork();
        List<String> applied = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();
        List<Boolean> outdatedSeen = new ArrayList<>();
        Runnable[] typeMore = {() -> { }};
        LatestWins<String, String> latest = LatestWins.stoppable(work, (s, outdated) -> {
            outdatedSeen.add(outdated.getAsBoolean());
            typeMore[0].run();
            if (outdated.getAsBoolean()) {
                outdatedSeen.add(true);
                throw new java.util.concurrent.CancellationException(s);
            }
            return s + "!";
        }, applied::add, failures::add);
        latest.submit("old");
        typeMore[0] = () -> {
            typeMore[0] = () -> { };
            latest.submit("new");
        };
        work.tasks.poll().run();
        assertThat(outdatedSeen).containsExactly(false, true);
        assertThat(applied).isEmpty();
        assertThat(failures).as("the stopped computation's exception is not a failure to show").isEmpty();
        assertThat(latest.pending()).isTrue();

        work.tasks.poll().run();
        assertThat(applied).containsExactly("new!");
        assertThat(failures).isEmpty();
        assertThat(latest.pending()).isFalse();
    }

    @Test
    void aFailureOfTheLatestRequestIsReported() {
        List<Throwable> failures = new ArrayList<>();
        LatestWins<String, String> latest = new LatestWins<>(new SameThreadBackgroundWork(),
                s -> { throw new IllegalStateException(s); }, r -> { }, failures::add);
        latest.submit("boom");
        assertThat(failures).singleElement().extracting(Throwable::getMessage).isEqualTo("boom");
        assertThat(latest.pending()).isFalse();
    }

    @Test
    void executorWorkHandsResultsToTheUiThreadAndStopsOnClose() throws InterruptedException {
        List<Runnable> uiQueue = new ArrayList<>();
        ExecutorBackgroundWork work = new ExecutorBackgroundWork("test", 1, r -> {
            synchronized (uiQueue) {
                uiQueue.add(r);
            }
        });
        CountDownLatch done = new CountDownLatch(1);
        List<String> results = new ArrayList<>();
        work.run(() -> Thread.currentThread().getName(), results::add, e -> { });
        work.run(() -> "x", r -> done.countDown(), e -> { });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline) {
            synchronized (uiQueue) {
                if (uiQueue.size() == 2) {
                    break;
                }
            }
            Thread.sleep(5);
        }
        synchronized (uiQueue) {
            uiQueue.forEach(Runnable::run);
        }
        assertThat(done.await(1, TimeUnit.SECONDS)).isTrue();
        assertThat(results).containsExactly("test-1");
        work.close();
        assertThat(work.isClosed()).isTrue();
        work.run(() -> "ignored", results::add, e -> { });
        assertThat(results).containsExactly("test-1");
    }
}
