package dev.s3grant.ui.runtime;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * The start-up measure of docs/performance.md. With {@code -Ds3grant.startupTrace=print} the window
 * reports on standard error how long after the process started it laid out its first frame, its
 * first frame with the preview filled in (the preview's visible code view shows a file of the
 * output) and its first frame with every part built (decision 0055); with {@code =exit} it then
 * closes, so that a benchmark tool can run it many times and the packaged build's training run goes
 * through the complete window. {@code -Ds3grant.startupTrace.detail=true} adds one line per step on
 * the way ({@link StartupMilestones}). Without the property it does nothing.
 */
public final class StartupTrace {

    static final String PROPERTY = "s3grant.startupTrace";

    private final PrintStream out;
    private final boolean exit;
    private long windowMs = -1;
    private long previewMs = -1;
    private boolean done;

    private StartupTrace(PrintStream out, boolean exit) {
        this.out = out;
        this.exit = exit;
    }

    /**
     * Watches the scene's pulses when the property asks for it.
     *
     * @param previewFilled whether the preview's visible code view shows a file of the latest output
     * @param complete whether every part of the window is built
     */
    public static void installIfAsked(Scene scene, BooleanSupplier previewFilled, BooleanSupplier complete) {
        String mode = System.getProperty(PROPERTY, "");
        if (!mode.equals("print") && !mode.equals("exit")) {
            return;
        }
        StartupTrace trace = new StartupTrace(System.err, mode.equals("exit"));
        scene.addPostLayoutPulseListener(() -> trace.pulse(scene.getWindow() != null && scene.getWindow().isShowing(),
                previewFilled.getAsBoolean(), complete.getAsBoolean()));
    }

    private void pulse(boolean showing, boolean previewFilled, boolean complete) {
        if (done || !showing) {
            return;
        }
        long now = ProcessAge.millis();
        if (windowMs < 0) {
            windowMs = now;
            StartupMilestones.mark("first frame laid out");
        } else if (!complete) {
            StartupMilestones.mark("frame laid out");
        }
        if (previewMs < 0 && previewFilled) {
            previewMs = now;
            StartupMilestones.mark("first frame with the preview laid out");
        }
        if (previewMs >= 0 && complete) {
            done = true;
            StartupMilestones.mark("first frame of the complete window laid out");
            out.printf(Locale.ROOT, "startup: first frame %d ms, first frame with the preview %d ms, complete window %d ms"
                    + " after the process started%n", windowMs, previewMs, now);
            StartupMilestones.recorded().forEach(step -> out.println("startup: " + step));
            if (exit) {
                Platform.exit();
            }
        }
    }
}
