package dev.s3grant.dist;

import dev.s3grant.ui.runtime.ProcessAge;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The start-up floor of docs/performance.md: a JavaFX window holding one label. It prints how long
 * after the process started its first frame was laid out, in the window's own format, and exits.
 * A class of its own launches it, as the product's {@code Launcher} does, so that JavaFX may sit on
 * the class path.
 */
public final class OneLabelWindow {

    private OneLabelWindow() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The window itself. */
    public static final class App extends Application {

        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new Label("S3 Grant Designer"), 1200, 800);
            boolean[] done = {false};
            scene.addPostLayoutPulseListener(() -> {
                if (!done[0] && stage.isShowing()) {
                    done[0] = true;
                    long ms = ProcessAge.millis();
                    System.err.printf(Locale.ROOT, "startup: first frame %d ms, first frame with the preview %d ms after the process started%n", ms, ms);
                    Platform.exit();
                }
            });
            stage.setScene(scene);
            stage.show();
        }
    }
}
