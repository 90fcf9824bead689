package dev.s3grant.ui;

import dev.s3grant.io.DesignFiles;
import dev.s3grant.model.Language;
import dev.s3grant.ui.background.ExecutorBackgroundWork;
import dev.s3grant.ui.dialogs.FakeDialogs;
import dev.s3grant.ui.i18n.UiText;
import dev.s3grant.ui.output.FacadeEvaluator;
import dev.s3grant.ui.settings.MemorySettingsStore;
import dev.s3grant.ui.settings.UiSettings;
import java.util.Locale;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;

/**
 * The designer window as the window's TestFX journeys open it: the built-in example in English,
 * the façade on a worker thread, settings kept in memory and the test's own fake dialogs. A test
 * opens it in its {@code @Start} method and closes it after each test.
 */
final class ExampleWindow {

    final DesignerSession vm;
    final DesignerWindow window;
    private final ExecutorBackgroundWork work;
    private WindowDriver driver;

    private ExampleWindow(DesignerSession vm, DesignerWindow window, ExecutorBackgroundWork work) {
        this.vm = vm;
        this.window = window;
        this.work = work;
    }

    /** Opens the window at 1200 × 760, with no exit action and the real explanation pause. */
    static ExampleWindow open(Stage stage, FakeDialogs dialogs) {
        return open(stage, dialogs, 1200, 760, vm -> new DesignerWindow(vm, dialogs, url -> { }, () -> { }));
    }

    /** Opens the window {@code makeWindow} makes on the example's view-model, at the given size. */
    static ExampleWindow open(Stage stage, FakeDialogs dialogs, double width, double height,
            Function<DesignerSession, DesignerWindow> makeWindow) {
        return open(stage, dialogs, width, height, new UiSettings(new MemorySettingsStore(), Locale.US), makeWindow);
    }

    /** Opens the window at 1200 × 760 with the settings given, which a test may read afterwards. */
    static ExampleWindow open(Stage stage, FakeDialogs dialogs, UiSettings settings) {
        return open(stage, dialogs, 1200, 760, settings, vm -> new DesignerWindow(vm, dialogs, url -> { }, () -> { }));
    }

    private static ExampleWindow open(Stage stage, FakeDialogs dialogs, double width, double height, UiSettings settings,
            Function<DesignerSession, DesignerWindow> makeWindow) {
        ExecutorBackgroundWork work = new ExecutorBackgroundWork("test-preview", 1, Platform::runLater);
        DesignerSession vm = new DesignerSession(DesignFiles.example(), new FacadeEvaluator(), work, dialogs,
                settings, new UiText(Language.EN));
        DesignerWindow window = makeWindow.apply(vm);
        stage.setScene(window.createScene(width, height));
        // TestFX hands every test the same stage: undo what an earlier test did to its size and place
        stage.setMaximized(false);
        stage.sizeToScene();
        stage.setX(0);
        stage.setY(0);
        stage.show();
        return new ExampleWindow(vm, window, work);
    }

    /** The driver for this window, made once the first output is shown. */
    WindowDriver driver(FxRobot robot) {
        if (driver == null) {
            driver = new WindowDriver(robot, window, vm);
            driver.settle();
        }
        return driver;
    }

    /** Stops the worker thread. */
    void close() {
        work.close();
    }
}
