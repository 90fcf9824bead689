package dev.s3grant.ui;

import static dev.s3grant.ui.WindowDriver.onFx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.s3grant.io.DesignFiles;
import dev.s3grant.model.Language;
import dev.s3grant.ui.background.ExecutorBackgroundWork;
import dev.s3grant.ui.dialogs.FakeDialogs;
import dev.s3grant.ui.i18n.UiText;
import dev.s3grant.ui.output.FacadeEvaluator;
import dev.s3grant.ui.settings.MemorySettingsStore;
import dev.s3grant.ui.settings.UiSettings;
import dev.s3grant.ui.settings.WindowBounds;
import dev.s3grant.ui.settings.WindowPlacement;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Where the window opens, how large, and where its dividers are: on a first start, after a restart, after resizing. */
@ExtendWith(ApplicationExtension.class)
class WindowGeometryJourneyTest {

    static final List<Rectangle2D> LAPTOP = List.of(new Rectangle2D(0, 0, 1280, 720));

    private final MemorySettingsStore store = new MemorySettingsStore();
    private Stage stage;
    private ExecutorBackgroundWork work;
    private DesignerWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void stop() {
        if (work != null) {
            work.close();
        }
    }

    /** Opens the window as the application does, with the settings kept in {@code store}. */
    private WindowPlacement open(List<Rectangle2D> screens) {
        WindowPlacement place = onFx(() -> {
            work = new ExecutorBackgroundWork("test-preview", 1, Platform::runLater);
            UiSettings settings = new UiSettings(store, Locale.US);
            FakeDialogs dialogs = new FakeDialogs();
            DesignerSession session = new DesignerSession(DesignFiles.example(), new FacadeEvaluator(), work, dialogs,
                    settings, new UiText(Language.EN));
            window = new DesignerWindow(session, dialogs, url -> { }, () -> { });
            WindowPlacement chosen = WindowGeometry.open(stage, window, settings, screens);
            stage.show();
            return chosen;
        });
        WaitForAsyncUtils.waitForFxEvents();
        return place;
    }

    private double[] dividers() {
        return onFx(() -> window.dividerPositions());
    }

    @Test
    void aStoredGeometryOutsideTheScreensIsNotRestoredAndTheWindowOpensCentredAtEightyPercent(FxRobot robot) {
        UiSettings saved = new UiSettings(store, Locale.US);
        saved.setWindowBounds(new WindowBounds(2600, 200, 1500, 900, false));
        saved.setDividers(new double[] {0.2, 0.3, 0.4});

        WindowPlacement place = open(LAPTOP);

        assertThat(place.restored()).isFalse();
        assertThat(onFx(() -> new double[] {stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()}))
                .containsExactly(128, 60, 1024, 600);
        assertThat(dividers()).as("the dividers of a window that did not fit are not restored")
                .containsExactly(DesignerWindow.DEFAULT_DIVIDERS, within(0.01));
    }

    @Test
    void aStoredGeometryThatFitsIsRestoredWithItsDividersAndRememberedAgainOnClose(FxRobot robot) {
        UiSettings saved = new UiSettings(store, Locale.US);
        saved.setWindowBounds(new WindowBounds(40, 30, 1100, 650, false));
        saved.setDividers(new double[] {0.4, 0.5, 0.6});

        WindowPlacement place = open(LAPTOP);

        assertThat(place.restored()).isTrue();
        assertThat(onFx(() -> new double[] {stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()}))
                .containsExactly(40, 30, 1100, 650);
        assertThat(dividers()).containsExactly(new double[] {0.4, 0.5, 0.6}, within(0.01));

        onFx(() -> window.setDividerPositions(new double[] {0.3, 0.45, 0.7}));
        onFx(() -> WindowGeometry.remember(stage, window, saved));
        assertThat(saved.dividers(3)).hasValueSatisfying(d -> assertThat(d).containsExactly(new double[] {0.3, 0.45, 0.7}, within(0.01)));
        assertThat(saved.savedWindowBounds()).contains(new WindowBounds(40, 30, 1100, 650, false));
    }

    @Test
    void aWindowEnlargedFromASmallSizeKeepsItsPanesInProportion(FxRobot robot) {
        open(LAPTOP);
        assertThat(dividers()).containsExactly(DesignerWindow.DEFAULT_DIVIDERS, within(0.001));
        onFx(() -> {
            stage.setWidth(700);
            stage.setHeight(440);
        });
        WaitForAsyncUtils.waitForFxEvents();

        onFx(() -> {
            stage.setWidth(1280);
            stage.setHeight(720);
        });
        WaitForAsyncUtils.waitForFxEvents();

        SplitPane top = (SplitPane) robot.lookup("#split-top").query();
        SplitPane main = (SplitPane) robot.lookup("#split-main").query();
        assertThat(onFx(() -> window.forms().getWidth() / top.getWidth())).as("the forms' share of the width")
                .isCloseTo(0.34, within(0.03));
        assertThat(onFx(() -> top.getHeight() / main.getHeight())).as("the upper half's share of the height")
                .isCloseTo(0.68, within(0.03));
    }
}
