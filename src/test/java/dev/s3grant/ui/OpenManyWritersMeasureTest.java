package dev.s3grant.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.model.Design;
import dev.s3grant.ui.dialogs.FakeDialogs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The time to open a 500-writer design in the window (issue 20): from handing the design to the
 * window until the window shows its output (the preview and the findings) and the next pulse has
 * laid it out. The example is opened again between the runs, so each run builds the 500 writers'
 * form models and the preview from a one-writer window, as opening a file does.
 *
 * <p>Tagged {@code bench} ({@code mvn -B -Pbench test}). Writes
 * {@code target/ui-open-500-writers.json} with each run's time and the median, and prints it; it
 * fails only when the design is not shown.
 */
@Tag("bench")
@ExtendWith(ApplicationExtension.class)
class OpenManyWritersMeasureTest {

    static final int WRITERS = Integer.getInteger("s3grant.open.writers", 500);
    static final int RUNS = Integer.getInteger("s3grant.open.runs", 5);
    static final Path REPORT = Path.of("target", "ui-open-" + WRITERS + "-writers.json");

    private ExampleWindow open;
    private DesignerSession vm;
    private Scene scene;

    @Start
    void start(Stage stage) {
        open = ExampleWindow.open(stage, new FakeDialogs());
        vm = open.vm;
        scene = stage.getScene();
    }

    @AfterEach
    void stop() {
        open.close();
    }

    @Test
    void openAFiveHundredWriterDesign(FxRobot robot) throws Exception {
        WindowDriver ui = open.driver(robot);
        ui.settle();
        Design example = vm.editor().design();
        Design many = KeystrokeLatencyTest.withWriters(example, WRITERS);
        long[] millis = new long[RUNS];
        for (int run = 0; run < RUNS; run++) {
            millis[run] = TimeUnit.NANOSECONDS.toMillis(openAndWait(many));
            WindowDriver.onFx(() -> vm.editor().replace(example));
            ui.settle();
        }
        long[] sorted = millis.clone();
        Arrays.sort(sorted);
        String json = "{\n  \"measure\": \"open a design of " + WRITERS + " writers -> output shown and laid out\",\n"
                + "  \"runsMs\": " + Arrays.toString(millis) + ",\n"
                + "  \"medianMs\": " + sorted[RUNS / 2] + "\n}\n";
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, json, StandardCharsets.UTF_8);
        System.out.println(String.format(Locale.ROOT, "open %d writers: runs %s ms, median %d ms", WRITERS,
                Arrays.toString(millis), sorted[RUNS / 2]));
    }

    /** Hands the design to the window and waits for its output shown and the next layout pulse: ns. */
    private long openAndWait(Design design) throws Exception {
        CompletableFuture<Long> laidOut = new CompletableFuture<>();
        Runnable[] listener = new Runnable[1];
        long[] started = new long[1];
        Platform.runLater(() -> {
            listener[0] = () -> {
                if (!vm.editor().computingProperty().get() && vm.editor().output() != null
                        && vm.editor().output().design() == design) {
                    laidOut.complete(System.nanoTime() - started[0]);
                }
            };
            scene.addPostLayoutPulseListener(listener[0]);
            started[0] = System.nanoTime();
            vm.editor().replace(design);
        });
        long nanos = laidOut.get(300, TimeUnit.SECONDS);
        WindowDriver.onFx(() -> scene.removePostLayoutPulseListener(listener[0]));
        assertThat(WindowDriver.onFx(() -> vm.editor().design().writers().size())).isEqualTo(design.writers().size());
        return nanos;
    }
}
