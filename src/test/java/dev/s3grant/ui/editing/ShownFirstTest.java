package dev.s3grant.ui.editing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.io.DesignFiles;
import dev.s3grant.model.Design;
import dev.s3grant.model.Language;
import dev.s3grant.ui.background.BackgroundWork;
import dev.s3grant.ui.i18n.UiText;
import dev.s3grant.ui.output.FacadeEvaluator;
import dev.s3grant.ui.preview.PreviewDocument;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The policy the user looks at comes before the rest of the output (decision 0048), and only for the
 * design being edited: after a burst of keys the window never shows an earlier key's document or output.
 */
class ShownFirstTest {

    private static final String BUCKET_POLICY = "policies/bucket-policy.json";

    /** Background work whose tasks run when the test says so, and whose UI thread is a queue the test drains. */
    private static final class TwoQueues implements BackgroundWork {
        final List<Runnable> tasks = Collections.synchronizedList(new ArrayList<>());
        final List<Runnable> ui = Collections.synchronizedList(new ArrayList<>());
        /** What tasks threw, in order. */
        final List<Throwable> thrown = Collections.synchronizedList(new ArrayList<>());

        @Override
        public <T> void run(Supplier<T> task, Consumer<T> onResult, Consumer<Throwable> onFailure) {
            tasks.add(() -> {
                T result;
                try {
                    result = task.get();
                } catch (RuntimeException e) {
                    thrown.add(e);
                    ui.add(() -> onFailure.accept(e));
                    return;
                }
                ui.add(() -> onResult.accept(result));
            });
        }

        @Override
        public void onUiThread(Runnable action) {
            ui.add(action);
        }

        void runTask(int index) {
            tasks.remove(index).run();
        }

        void drainUi() {
            while (!ui.isEmpty()) {
                ui.remove(0).run();
            }
        }

        @Override
        public void close() {
        }
    }

    private final TwoQueues work = new TwoQueues();
    private final DesignerViewModel vm =
            new DesignerViewModel(DesignFiles.example(), new FacadeEvaluator(), work, new UiText(Language.EN));
    private final List<List<PreviewDocument>> shown = new ArrayList<>();

    private void type(String suffix) {
        vm.edit("bucket.name", true, d -> d.withBucket(d.bucket().withName(d.bucket().name() + suffix)));
    }

    private void openAndLookAtTheBucketPolicy() {
        work.runTask(0);
        work.drainUi();
        vm.output().document(BUCKET_POLICY).orElseThrow().lines();
        vm.shownFirst().subscribe(shown::add);
    }

    @Test
    void theLookedAtPolicyOfAKeyComesBeforeItsOutput() {
        openAndLookAtTheBucketPolicy();
        type("-a");
        work.runTask(0);
        List<String> order = new ArrayList<>();
        vm.shownFirst().subscribe(d -> order.add("shown first"));
        vm.outputProperty().addListener((o, old, out) -> order.add("output"));
        work.drainUi();

        assertThat(order).containsExactly("shown first", "output");
        assertThat(shown).hasSize(1);
        assertThat(shown.get(0)).extracting(PreviewDocument::path).containsExactly(BUCKET_POLICY);
        assertThat(shown.get(0).get(0).text()).contains(vm.design().bucket().name());
        assertThat(vm.output().document(BUCKET_POLICY).orElseThrow().text()).isEqualTo(shown.get(0).get(0).text());
    }

    /** Runs the queued evaluation on a thread of its own until it has handed the shown policy to the window. */
    private Thread startWorkerUntilItHandsOverThePolicy() throws InterruptedException {
        Thread worker = new Thread(work.tasks.remove(0));
        worker.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (work.ui.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        return worker;
    }

    @Test
    void theEvaluationOfAKeyStopsAfterItsShownPolicyWhenANewerKeyComesMeanwhile() throws Exception {
        openAndLookAtTheBucketPolicy();
        Design before = vm.output().design();
        type("-a");
        // the worker hands the policy over, then waits for the window's frame: the next key comes meanwhile
        Thread worker = startWorkerUntilItHandsOverThePolicy();
        type("b");
        worker.join(TimeUnit.SECONDS.toMillis(5));

        assertThat(worker.isAlive()).isFalse();
        assertThat(work.thrown).as("the first key's rest of the output was not computed")
                .singleElement().isInstanceOf(CancellationException.class);
        work.drainUi();
        assertThat(shown).as("the first key's policy came after the second key").isEmpty();
        assertThat(vm.output().design()).isSameAs(before);
        assertThat(vm.failureProperty().get()).as("a stopped evaluation is no failure").isEmpty();

        work.runTask(0);
        work.drainUi();
        assertThat(vm.output().design()).isSameAs(vm.design());
        assertThat(vm.output().document(BUCKET_POLICY).orElseThrow().text()).contains(vm.design().bucket().name());
        assertThat(shown).singleElement().satisfies(d -> assertThat(d.get(0).text()).contains("-ab"));
        assertThat(vm.computingProperty().get()).isFalse();
    }

    @Test
    void whileSomeoneTypesTheRestOfTheOutputWaitsForTheNextKeyAndIsComputedOnlyForTheLast() throws Exception {
        openAndLookAtTheBucketPolicy();
        Design before = vm.output().design();
        type("-a");
        Thread worker = startWorkerUntilItHandsOverThePolicy();
        work.drainUi(); // the policy in front is shown; without a window its frame counts as laid out at once
        assertThat(shown).singleElement().satisfies(d -> assertThat(d.get(0).text()).contains("-a"));
        Thread.sleep(DesignerViewModel.TYPING_PAUSE_MS / 2);
        assertThat(worker.isAlive()).as("the worker waits for the next key before the rest").isTrue();
        type("b");
        worker.join(TimeUnit.SECONDS.toMillis(5));

        assertThat(work.thrown).as("the first key's rest was never computed").singleElement()
                .isInstanceOf(CancellationException.class);
        work.drainUi();
        assertThat(vm.output().design()).isSameAs(before);
        // the last key: after the pause it computes the rest, and the output is that of the last design
        Thread last = startWorkerUntilItHandsOverThePolicy();
        work.drainUi();
        last.join(TimeUnit.SECONDS.toMillis(5));
        work.drainUi();
        assertThat(vm.output().design()).isSameAs(vm.design());
        assertThat(vm.output().document(BUCKET_POLICY).orElseThrow().text()).contains("-ab");
        assertThat(vm.computingProperty().get()).isFalse();
    }

    @Test
    void afterABurstOfKeysNothingOfAnEarlierKeyIsShown() {
        openAndLookAtTheBucketPolicy();
        Design before = vm.output().design();
        type("-a");
        work.runTask(0);
        type("b");
        work.drainUi();

        assertThat(shown).as("the first key's policy came after the second key").isEmpty();
        assertThat(vm.output().design()).isSameAs(before);

        work.runTask(0);
        work.drainUi();

        String name = vm.design().bucket().name();
        assertThat(name).endsWith("-ab");
        assertThat(shown).hasSize(1);
        assertThat(shown.get(0).get(0).text()).contains(name);
        assertThat(vm.output().design()).isSameAs(vm.design());
        assertThat(vm.output().document(BUCKET_POLICY).orElseThrow().text()).contains(name);
        assertThat(vm.computingProperty().get()).isFalse();
    }
}
