package dev.s3grant.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.model.Design;
import dev.s3grant.model.DesignDefaults;
import dev.s3grant.model.Writer;
import dev.s3grant.ui.dialogs.FakeDialogs;
import dev.s3grant.ui.output.DesignerOutput;
import dev.s3grant.ui.preview.CodeView;
import dev.s3grant.ui.preview.PreviewDocument;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import com.sun.javafx.perf.PerformanceTracker;
import com.sun.javafx.scene.SceneHelper;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The UI latency measure of issue 8, headless (Monocle): a keystroke in a form field until the
 * preview text and its highlighting are updated in the visible tab. The window is the real one on
 * the built-in example, with the façade evaluator on a worker thread and no debounce (the window
 * has none). Each keystroke is a key press, typed and release event fired at the focused
 * bucket-name field on the FX thread, alternately a letter and a backspace, one every 80 ms as a
 * fast typist types (back to back, each keystroke would also wait for the software renderer to
 * finish the previous frame, which no typist produces). The clock stops when
 * the window has shown the new output, the visible {@code bucket-policy.json} tab included (text
 * and styles set), again after the next pulse's CSS and layout, and once the frame of that pulse is
 * painted (the render thread has drawn it, told by JavaFX's scene performance tracker): the painted
 * figure is the one the target is about. The FX thread's CPU time until laid out and the render
 * thread's CPU time for that frame are recorded too, which other processes on the machine do not
 * inflate, and the bytes all threads allocated from the key to the painted frame. After the warm-up the measured keystrokes
 * run {@code s3grant.latency.runs} times (3): the target is met when the p95 of each run is.
 *
 * <p>Tagged {@code bench}: it runs in the {@code bench} profile ({@code mvn -B -Pbench verify}, or
 * {@code mvn -B -Pbench test} for this measure alone), never in the default build, where its 500
 * keystrokes took about 40 s. Writes {@code target/ui-latency.json} with p50, p95 and max in
 * milliseconds and whether the p95 meets the 16 ms target, and prints that line. It fails only when
 * the measure could not run (a keystroke that never reached the visible tab, a text that differs
 * from the document), not on the figures: timing depends on the machine and on what else runs.
 * {@code -Ds3grant.latency.keystrokes=N}, {@code -Ds3grant.latency.warmUp=N},
 * {@code -Ds3grant.latency.intervalMs=N} (0: back to back) and {@code -Ds3grant.latency.field=PATH}
 * change what is measured.
 */
@Tag("bench")
@ExtendWith(ApplicationExtension.class)
class KeystrokeLatencyTest {

    static final int WARM_UP = Integer.getInteger("s3grant.latency.warmUp", 300);
    static final int MEASURED = Integer.getInteger("s3grant.latency.keystrokes", 200);
    /** Time from one key press to the next, as a fast typist's (12 keys a second); 0 fires them back to back. */
    static final int INTERVAL_MS = Integer.getInteger("s3grant.latency.intervalMs", 80);
    static final String FIELD = System.getProperty("s3grant.latency.field", "bucket.name");
    /** Consecutive runs of {@link #MEASURED} keystrokes after one warm-up; the target holds when each run meets it. */
    static final int RUNS = Integer.getInteger("s3grant.latency.runs", 3);
    static final String VISIBLE_TAB = "policies/bucket-policy.json";
    static final Path REPORT = Path.of("target", "ui-latency.json");
    /** Issue 8's target for the 95th percentile, in milliseconds: recorded beside the figures, not asserted. */
    static final int TARGET_P95_MS = 16;

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    static {
        // The window's pulse rate, as DesignerApp sets it before JavaFX starts.
        DesignerApp.pacePulses();
    }

    private ExampleWindow open;
    private DesignerSession vm;
    private DesignerWindow window;

    /** The keystroke in flight; only the FX thread touches these. */
    private CompletableFuture<long[]> done;
    private long pressed;
    private long pressedCpu;
    private long shown;
    /** Frames the render thread has finished; written there, read on the FX thread. */
    private final AtomicLong frames = new AtomicLong();
    /** The frame whose end stops the clock (-1: none), and when it ended. */
    private volatile long paintFrame = -1;
    private volatile CompletableFuture<long[]> painted;
    /** The render thread's CPU time when it finished the last frame; only the render thread touches it. */
    private long renderCpu;
    /** Whether the previous key's output was still being computed when the key came (read on the FX thread). */
    private boolean busyAtKey;
    /** When the output of an earlier design, and of the key's own design, was applied after the key (0: none). */
    private long staleOutputAt;
    private long ownOutputAt;
    /** Young and full collections as they end: end (nanoTime) and pause (ns), written by the JMX notification thread. */
    private final List<long[]> collections = java.util.Collections.synchronizedList(new ArrayList<>());

    @Start
    void start(Stage stage) {
        open = ExampleWindow.open(stage, new FakeDialogs());
        vm = open.vm;
        window = open.window;
        Scene scene = stage.getScene();
        // Added after the window's own listener, so it runs once the window has shown the output.
        vm.editor().outputProperty().addListener((o, old, out) -> {
            if (done != null && shown == 0 && visibleTabShows(document(out))) {
                shown = System.nanoTime();
            }
            if (pressed != 0) {
                if (out.design() == vm.editor().design()) {
                    ownOutputAt = ownOutputAt == 0 ? System.nanoTime() : ownOutputAt;
                } else {
                    staleOutputAt = System.nanoTime();
                }
            }
        });
        GcPauses.follow(collections);
        // The visible policy comes before the rest of the output (decision 0048): whichever shows it first counts.
        vm.editor().shownFirst().subscribe(documents -> {
            if (done != null && shown == 0 && documents.stream().anyMatch(this::visibleTabShows)) {
                shown = System.nanoTime();
            }
        });
        PerformanceTracker.getSceneTracker(scene).setOnRenderedFrameTask(() -> {
            long frame = frames.incrementAndGet();
            long cpu = CPU.getCurrentThreadCpuTime();
            long spent = cpu - renderCpu;
            renderCpu = cpu;
            CompletableFuture<long[]> waiting = painted;
            if (frame == paintFrame && waiting != null) {
                waiting.complete(new long[] {System.nanoTime(), spent});
            }
        });
        scene.addPostLayoutPulseListener(() -> {
            if (done != null && shown != 0) {
                CompletableFuture<long[]> finished = done;
                done = null;
                long laidOut = System.nanoTime() - pressed;
                long cpu = CPU.getCurrentThreadCpuTime() - pressedCpu;
                // The pulse waits for the previous frame's painting after its layout: wait here, so
                // that the next frame to end is this pulse's.
                SceneHelper.getPeer(scene).waitForRenderingToComplete();
                paintFrame = frames.get() + 1;
                finished.complete(new long[] {shown - pressed, laidOut, cpu, pressedCpu});
            }
        });
    }

    @AfterEach
    void stop() {
        open.close();
    }

    /**
     * The example as is, and with its writer repeated to 100 writers in accounts of their own
     * (issue 20): the window must stay responsive at the scale of an organization.
     */
    @ParameterizedTest(name = "{0} writers")
    @ValueSource(ints = {1, 100})
    void keystrokeToUpdatedVisibleTab(int writers, FxRobot robot) throws Exception {
        WindowDriver ui = open.driver(robot);
        collections.clear();
        if (writers > 1) {
            WindowDriver.onFx(() -> vm.editor().replace(withWriters(vm.editor().design(), writers)));
            ui.settle();
        }
        TextField field = ui.textField(FIELD);
        WindowDriver.onFx(() -> {
            window.forms().reveal(field);
            field.requestFocus();
            field.end();
            Tab tab = window.preview().getTabs().stream()
                    .filter(t -> VISIBLE_TAB.equals(t.getProperties().get("documentPath"))).findFirst().orElseThrow();
            window.preview().getSelectionModel().select(tab);
        });
        ui.settle();
        String original = ui.textField(FIELD).getText();

        long[][] samples = new long[12][MEASURED * RUNS];
        int keys = WARM_UP + MEASURED * RUNS;
        // CPU time of the FX thread and of the workers from one key to the next: everything a keystroke costs,
        // the output that follows the shown policy included (decision 0048).
        long[] fxCpuAtKey = new long[keys + 1];
        long[] workerCpuAtKey = new long[keys + 1];
        // When each measured key was fired and its frame painted, for the collections that overlap it: the JVM
        // reports a collection a second or so after it ends, so they are matched once all keys are in.
        long[][] keySpans = new long[MEASURED * RUNS][];
        for (int i = 0; i < keys; i++) {
            long started = System.nanoTime();
            workerCpuAtKey[i] = workerCpu();
            long[] sample = keystroke(field, i % 2 == 0 ? KeyCode.X : KeyCode.BACK_SPACE);
            fxCpuAtKey[i] = sample[6];
            long rest = TimeUnit.MILLISECONDS.toNanos(INTERVAL_MS) - (System.nanoTime() - started);
            if (rest > 0) {
                TimeUnit.NANOSECONDS.sleep(rest);
            }
            if (i >= WARM_UP) {
                for (int k = 0; k < 6; k++) {
                    samples[k][i - WARM_UP] = sample[k];
                }
                for (int k = 7; k < 10; k++) {
                    samples[k + 1][i - WARM_UP] = sample[k];
                }
                keySpans[i - WARM_UP] = new long[] {sample[10], sample[11]};
            }
        }
        ui.settle();
        TimeUnit.SECONDS.sleep(3);
        for (int i = 0; i < keySpans.length; i++) {
            samples[11][i] = GcPauses.within(collections, keySpans[i][0], keySpans[i][1]);
        }
        fxCpuAtKey[keys] = WindowDriver.onFx(() -> CPU.getCurrentThreadCpuTime());
        workerCpuAtKey[keys] = workerCpu();
        for (int i = WARM_UP; i < keys; i++) {
            samples[6][i - WARM_UP] = fxCpuAtKey[i + 1] - fxCpuAtKey[i];
            samples[7][i - WARM_UP] = workerCpuAtKey[i + 1] - workerCpuAtKey[i];
        }

        assertThat(field.getText()).isEqualTo(original);
        CodeView visible = ui.tab(VISIBLE_TAB);
        assertThat(WindowDriver.onFx(() -> visible.area().getText())).isEqualTo(visible.document().text()).contains(original);
        Path report = writers == 1 ? REPORT : REPORT.resolveSibling("ui-latency-" + writers + "-writers.json");
        Files.createDirectories(report.getParent());
        Files.writeString(report, report(samples, writers), StandardCharsets.UTF_8);
        System.out.println(writers + " writers: " + summary(samples[3], report));
        System.out.println(SlowKeys.describe(samples, MEASURED, RUNS));
    }

    /** {@code design} with its first writer repeated {@code count} times, each under a default alias in an account of its own. */
    static Design withWriters(Design design, int count) {
        List<Writer> writers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            writers.add(design.writers().get(0).withAlias(DesignDefaults.writerAlias(i))
                    .withAccountId(String.format(Locale.ROOT, "%012d", 100_000_000_000L + i)));
        }
        return design.withWriters(writers);
    }

    /** Fires one keystroke at the field and waits for the visible tab to show its result: ns shown, ns laid out, FX CPU ns. */
    private long[] keystroke(TextField field, KeyCode key) throws Exception {
        long allocatedBefore = allocated();
        CompletableFuture<long[]> finished = new CompletableFuture<>();
        CompletableFuture<long[]> frame = new CompletableFuture<>();
        painted = frame;
        paintFrame = -1;
        String character = key == KeyCode.X ? "x" : "\b";
        Platform.runLater(() -> {
            shown = 0;
            done = finished;
            busyAtKey = vm.editor().computingProperty().get();
            staleOutputAt = 0;
            ownOutputAt = 0;
            pressedCpu = CPU.getCurrentThreadCpuTime();
            pressed = System.nanoTime();
            Event.fireEvent(field, new KeyEvent(KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, "", key, false, false, false, false));
            Event.fireEvent(field, new KeyEvent(KeyEvent.KEY_TYPED, character, "", KeyCode.UNDEFINED, false, false, false, false));
            Event.fireEvent(field, new KeyEvent(KeyEvent.KEY_RELEASED, KeyEvent.CHAR_UNDEFINED, "", key, false, false, false, false));
        });
        long[] times = finished.get(10, TimeUnit.SECONDS);
        long[] paint = frame.get(10, TimeUnit.SECONDS);
        return new long[] {times[0], times[1], times[2], paint[0] - pressed, paint[1], allocated() - allocatedBefore,
            times[3], busyAtKey ? 1 : 0, staleOutputAt == 0 ? -1 : staleOutputAt - pressed,
            ownOutputAt == 0 || ownOutputAt > paint[0] ? -1 : ownOutputAt - pressed, pressed, paint[0]};
    }

    /** CPU time of the preview's worker and the façade's second-core threads so far. */
    private static long workerCpu() {
        long sum = 0;
        for (java.lang.management.ThreadInfo info : CPU.getThreadInfo(CPU.getAllThreadIds())) {
            if (info != null && (info.getThreadName().startsWith("test-preview")
                    || info.getThreadName().startsWith("s3grant-facade"))) {
                sum += Math.max(0, CPU.getThreadCpuTime(info.getThreadId()));
            }
        }
        return sum;
    }

    /** Bytes allocated so far by all live threads of the JVM (the FX thread, the worker, the renderer). */
    private static long allocated() {
        if (!(CPU instanceof com.sun.management.ThreadMXBean threads)) {
            return 0;
        }
        long sum = 0;
        for (long bytes : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
            sum += Math.max(0, bytes);
        }
        return sum;
    }

    /** The visible tab's code area shows the document, highlighting included (checked in constant time). */
    private boolean visibleTabShows(PreviewDocument doc) {
        CodeView view = (CodeView) window.preview().getSelectionModel().getSelectedItem().getContent();
        return view.document() == doc && view.showsDocument();
    }

    private static PreviewDocument document(DesignerOutput out) {
        return out.documents().stream().filter(d -> d.path().equals(VISIBLE_TAB)).findFirst().orElseThrow();
    }

    private String report(long[][] samples, int writers) {
        return "{\n"
                + "  \"measure\": \"keystroke in a form field -> preview text and highlighting updated in the visible tab and painted\",\n"
                + "  \"field\": \"" + FIELD + "\",\n"
                + "  \"visibleTab\": \"" + VISIBLE_TAB + "\",\n"
                + "  \"debounceMs\": 0,\n"
                + "  \"warmUpKeystrokes\": " + WARM_UP + ",\n"
                + "  \"keystrokes\": " + MEASURED + ",\n"
                + "  \"runs\": " + RUNS + ",\n"
                + "  \"intervalMs\": " + INTERVAL_MS + ",\n"
                + "  \"targetP95Ms\": " + TARGET_P95_MS + ",\n"
                + "  \"meetsTarget\": " + meetsTargetInEachRun(samples[3]) + ",\n"
                + "  \"paintedPerRun\": [\n" + perRun(samples[3]) + "\n  ],\n"
                + "  \"painted\": {\n" + stats("  ", samples[3]) + "\n  },\n"
                + "  \"shown\": {\n" + stats("  ", samples[0]) + "\n  },\n"
                + "  \"afterNextLayoutPulse\": {\n" + stats("  ", samples[1]) + "\n  },\n"
                + "  \"fxThreadCpuUntilLaidOut\": {\n" + stats("  ", samples[2]) + "\n  },\n"
                + "  \"renderThreadCpuForTheFrame\": {\n" + stats("  ", samples[4]) + "\n  },\n"
                + "  \"fxThreadCpuFromKeyToKey\": {\n" + stats("  ", samples[6]) + "\n  },\n"
                + "  \"workerCpuFromKeyToKey\": {\n" + stats("  ", samples[7]) + "\n  },\n"
                + "  \"allocatedKbPerKeystroke\": {\n" + kb(samples[5]) + "\n  },\n"
                + "  \"jvm\": \"" + GcPauses.describe() + "\",\n"
                + "  \"collectionsWhileTyping\": " + GcPauses.summary(collections) + ",\n"
                + "  \"slowestKeys\": " + SlowKeys.json(samples, MEASURED, RUNS) + "\n"
                + "}\n";
    }

    /** Whether the 95th percentile of each run's latencies is within the target. */
    static boolean meetsTargetInEachRun(long[] nanos) {
        for (int run = 0; run < RUNS; run++) {
            if (!meetsTarget(Arrays.copyOfRange(nanos, run * MEASURED, (run + 1) * MEASURED))) {
                return false;
            }
        }
        return true;
    }

    private static String perRun(long[] nanos) {
        StringBuilder out = new StringBuilder();
        for (int run = 0; run < RUNS; run++) {
            long[] sorted = Arrays.copyOfRange(nanos, run * MEASURED, (run + 1) * MEASURED);
            Arrays.sort(sorted);
            out.append(run == 0 ? "" : ",\n").append("    {\"p50Ms\": ").append(ms(percentile(sorted, 50)))
                    .append(", \"p95Ms\": ").append(ms(percentile(sorted, 95)))
                    .append(", \"maxMs\": ").append(ms(sorted[sorted.length - 1])).append("}");
        }
        return out.toString();
    }

    /** Whether the 95th percentile of the latencies is within the target. */
    static boolean meetsTarget(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return percentile(sorted, 95) <= TimeUnit.MILLISECONDS.toNanos(TARGET_P95_MS);
    }

    private static String summary(long[] nanos, Path report) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return "keystroke -> visible preview updated and painted: p50 " + ms(percentile(sorted, 50)) + " ms, p95 "
                + ms(percentile(sorted, 95)) + " ms; p95 per run " + perRun(nanos).replaceAll("\\s+", " ")
                + " (target " + TARGET_P95_MS + " ms in each run: " + (meetsTargetInEachRun(nanos) ? "meets" : "misses")
                + "), written to " + report;
    }

    private static String stats(String indent, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return indent + "  \"p50Ms\": " + ms(percentile(sorted, 50)) + ",\n"
                + indent + "  \"p95Ms\": " + ms(percentile(sorted, 95)) + ",\n"
                + indent + "  \"maxMs\": " + ms(sorted[sorted.length - 1]);
    }

    private static String kb(long[] bytes) {
        long[] sorted = bytes.clone();
        Arrays.sort(sorted);
        return "    \"p50\": " + percentile(sorted, 50) / 1024 + ",\n    \"p95\": " + percentile(sorted, 95) / 1024
                + ",\n    \"max\": " + sorted[sorted.length - 1] / 1024;
    }

    /** Nearest-rank percentile of sorted values. */
    static long percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.2f", nanos / 1e6);
    }
}
