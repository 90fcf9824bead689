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
 * and styles set), and again after the next pulse's CSS and layout; the FX thread's CPU time over
 * that second span is recorded too, which other processes on the machine do not inflate.
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
    static final String VISIBLE_TAB = "policies/bucket-policy.json";
    static final Path REPORT = Path.of("target", "ui-latency.json");
    /** Issue 8's target for the 95th percentile, in milliseconds: recorded beside the figures, not asserted. */
    static final int TARGET_P95_MS = 16;

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private ExampleWindow open;
    private DesignerSession vm;
    private DesignerWindow window;

    /** The keystroke in flight; only the FX thread touches these. */
    private CompletableFuture<long[]> done;
    private long pressed;
    private long pressedCpu;
    private long shown;

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
        });
        scene.addPostLayoutPulseListener(() -> {
            if (done != null && shown != 0) {
                CompletableFuture<long[]> finished = done;
                done = null;
                finished.complete(new long[] {shown - pressed, System.nanoTime() - pressed,
                        CPU.getCurrentThreadCpuTime() - pressedCpu});
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

        long[][] samples = new long[3][MEASURED];
        for (int i = 0; i < WARM_UP + MEASURED; i++) {
            long started = System.nanoTime();
            long[] sample = keystroke(field, i % 2 == 0 ? KeyCode.X : KeyCode.BACK_SPACE);
            long rest = TimeUnit.MILLISECONDS.toNanos(INTERVAL_MS) - (System.nanoTime() - started);
            if (rest > 0) {
                TimeUnit.NANOSECONDS.sleep(rest);
            }
            if (i >= WARM_UP) {
                for (int k = 0; k < 3; k++) {
                    samples[k][i - WARM_UP] = sample[k];
                }
            }
        }
        ui.settle();

        assertThat(field.getText()).isEqualTo(original);
        CodeView visible = ui.tab(VISIBLE_TAB);
        assertThat(WindowDriver.onFx(() -> visible.area().getText())).isEqualTo(visible.document().text()).contains(original);
        Path report = writers == 1 ? REPORT : REPORT.resolveSibling("ui-latency-" + writers + "-writers.json");
        Files.createDirectories(report.getParent());
        Files.writeString(report, report(samples, writers), StandardCharsets.UTF_8);
        System.out.println(writers + " writers: " + summary(samples[0], report));
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
        CompletableFuture<long[]> finished = new CompletableFuture<>();
        String character = key == KeyCode.X ? "x" : "\b";
        Platform.runLater(() -> {
            shown = 0;
            done = finished;
            pressedCpu = CPU.getCurrentThreadCpuTime();
            pressed = System.nanoTime();
            Event.fireEvent(field, new KeyEvent(KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, "", key, false, false, false, false));
            Event.fireEvent(field, new KeyEvent(KeyEvent.KEY_TYPED, character, "", KeyCode.UNDEFINED, false, false, false, false));
            Event.fireEvent(field, new KeyEvent(KeyEvent.KEY_RELEASED, KeyEvent.CHAR_UNDEFINED, "", key, false, false, false, false));
        });
        return finished.get(10, TimeUnit.SECONDS);
    }

    /** The visible tab's code area shows the document, highlighting included (checked in constant time). */
    private boolean visibleTabShows(PreviewDocument doc) {
        CodeView view = (CodeView) window.preview().getSelectionModel().getSelectedItem().getContent();
        return view.document() == doc && view.showsDocument();
    }

    private static PreviewDocument document(DesignerOutput out) {
        return out.documents().stream().filter(d -> d.path().equals(VISIBLE_TAB)).findFirst().orElseThrow();
    }

    private static String report(long[][] samples, int writers) {
        return "{\n"
                + "  \"measure\": \"keystroke in a form field -> preview text and highlighting updated in the visible tab\",\n"
                + "  \"writers\": " + writers + ",\n"
                + "  \"field\": \"" + FIELD + "\",\n"
                + "  \"visibleTab\": \"" + VISIBLE_TAB + "\",\n"
                + "  \"debounceMs\": 0,\n"
                + "  \"warmUpKeystrokes\": " + WARM_UP + ",\n"
                + "  \"keystrokes\": " + MEASURED + ",\n"
                + "  \"intervalMs\": " + INTERVAL_MS + ",\n"
                + "  \"targetP95Ms\": " + TARGET_P95_MS + ",\n"
                + "  \"meetsTarget\": " + meetsTarget(samples[0]) + ",\n"
                + stats("", samples[0]) + ",\n"
                + "  \"afterNextLayoutPulse\": {\n" + stats("  ", samples[1]) + "\n  },\n"
                + "  \"fxThreadCpuUntilLaidOut\": {\n" + stats("  ", samples[2]) + "\n  }\n"
                + "}\n";
    }

    /** Whether the 95th percentile of the shown latencies is within the target. */
    static boolean meetsTarget(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return percentile(sorted, 95) <= TimeUnit.MILLISECONDS.toNanos(TARGET_P95_MS);
    }

    private static String summary(long[] nanos, Path report) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return "keystroke -> visible preview updated: p50 " + ms(percentile(sorted, 50)) + " ms, p95 "
                + ms(percentile(sorted, 95)) + " ms (target " + TARGET_P95_MS + " ms: "
                + (meetsTarget(nanos) ? "meets" : "misses") + "), written to " + report;
    }

    private static String stats(String indent, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return indent + "  \"p50Ms\": " + ms(percentile(sorted, 50)) + ",\n"
                + indent + "  \"p95Ms\": " + ms(percentile(sorted, 95)) + ",\n"
                + indent + "  \"maxMs\": " + ms(sorted[sorted.length - 1]);
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
