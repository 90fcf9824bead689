package dev.s3grant.ui;

import static dev.s3grant.ui.WindowDriver.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.ui.common.PartSlot;
import dev.s3grant.ui.dialogs.FakeDialogs;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window appears at once and fills part by part (decisions 0055, 0058): its first frame holds
 * the split panes with a placeholder where each part goes, the bars' places included; then the
 * preview, the bars, the forms, the findings and the explanation arrive, one per frame, each in the
 * place and size its placeholder held.
 */
@ExtendWith(ApplicationExtension.class)
class WindowPartByPartTest {

    /** One laid-out frame: which slots held their part, and where each slot was. */
    private record Frame(List<String> filled, Map<String, Bounds> bounds) {
    }

    private static final List<String> SLOTS = List.of("preview", "bars", "forms", "findings", "explanation");

    private ExampleWindow open;
    private Runnable stopTheme;
    private final List<Frame> frames = new ArrayList<>();

    @Start
    void start(Stage stage) {
        open = ExampleWindow.open(stage, new FakeDialogs());
        // The product's theme: the bars' heights are its (JavaFX's own Modena draws them lower).
        stopTheme = ProductTheme.follow(open);
        Scene scene = stage.getScene();
        // Still in the call that showed the stage: no frame has been laid out yet.
        scene.addPostLayoutPulseListener(() -> {
            if (!open.window.completeProperty().get() || frames.isEmpty() || !last().filled().containsAll(SLOTS)) {
                frames.add(frame());
            }
        });
    }

    @AfterEach
    void stop() {
        onFx(stopTheme);
        open.close();
    }

    private Frame last() {
        return frames.get(frames.size() - 1);
    }

    private Map<String, PartSlot> slots() {
        return slots(open.window);
    }

    private static Map<String, PartSlot> slots(DesignerWindow window) {
        SplitPane top = (SplitPane) window.root().lookup("#split-top");
        SplitPane lower = (SplitPane) window.root().lookup("#split-lower");
        Map<String, PartSlot> slots = new LinkedHashMap<>();
        slots.put("forms", (PartSlot) top.getItems().get(0));
        slots.put("preview", (PartSlot) top.getItems().get(1));
        slots.put("findings", (PartSlot) lower.getItems().get(0));
        slots.put("explanation", (PartSlot) lower.getItems().get(1));
        slots.put("bars", (PartSlot) window.root().getTop());
        return slots;
    }

    private Frame frame() {
        List<String> filled = new ArrayList<>();
        Map<String, Bounds> bounds = new LinkedHashMap<>();
        slots().forEach((name, slot) -> {
            if (slot.filled()) {
                filled.add(name);
            }
            bounds.put(name, slot.localToScene(slot.getLayoutBounds()));
        });
        return new Frame(List.copyOf(filled), bounds);
    }

    @Test
    void theFirstFrameHoldsPlaceholdersThenOnePartArrivesPerFrameInTheMeasuredOrder(FxRobot robot) {
        WindowDriver.waitUntilComplete(open.window);

        assertThat(frames.get(0).filled()).isEmpty();
        assertThat(onFx(() -> ((PartSlot) open.window.root().getBottom()).filled())).isTrue();
        List<String> arrivals = new ArrayList<>();
        for (Frame f : frames) {
            List<String> added = new ArrayList<>(f.filled());
            added.removeAll(arrivals);
            assertThat(added).as("parts that arrived in one frame").hasSizeLessThanOrEqualTo(1);
            arrivals.addAll(added);
        }
        assertThat(arrivals).containsExactly("preview", "bars", "forms", "findings", "explanation");
    }

    @Test
    void everyPartArrivesWhereItsPlaceholderWasAndNothingMoves(FxRobot robot) {
        WindowDriver.waitUntilComplete(open.window);

        Map<String, Bounds> first = frames.get(0).bounds();
        Map<String, Bounds> complete = onFx(() -> frame().bounds());
        assertThat(complete).isEqualTo(first);
        assertThat(onFx(() -> open.window.dividerPositions())).containsExactly(DesignerWindow.DEFAULT_DIVIDERS);
    }

    @Test
    void aKeyPressedBeforeThePartsArriveBuildsTheRestAtOnce(FxRobot robot) {
        // A second window, shown and sent a key in one go on the FX thread: no frame comes between.
        List<Boolean> completeBeforeAndAfter = onFx(() -> {
            Stage stage = new Stage();
            ExampleWindow second = ExampleWindow.open(stage, new FakeDialogs());
            try {
                boolean before = second.window.completeProperty().get();
                Event.fireEvent(second.window.root(), new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.SHIFT, true, false, false, false));
                boolean after = second.window.completeProperty().get()
                        && slots(second.window).values().stream().allMatch(PartSlot::filled);
                return List.of(before, after);
            } finally {
                stage.close();
                second.close();
            }
        });

        assertThat(completeBeforeAndAfter).containsExactly(false, true);
    }

    @Test
    void theKeyboardFocusStartsWhereItDidWhenTheWindowWasBuiltInOnePiece(FxRobot robot) {
        WindowDriver.waitUntilComplete(open.window);

        assertThat(onFx(() -> open.window.root().getScene().getFocusOwner().getId())).isEqualTo("toolbar-language");
    }
}
