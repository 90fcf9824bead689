package dev.s3grant.ui;

import static dev.s3grant.ui.WindowDriver.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.ui.background.ManualDebouncer;
import dev.s3grant.ui.dialogs.FakeDialogs;
import dev.s3grant.ui.preview.ElementRef;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * While the user types, the explanation waits for a pause (here fired by hand) and then shows the
 * latest design; every other change, and putting the caret on a statement, shows at once.
 */
@ExtendWith(ApplicationExtension.class)
class ExplanationWhileTypingTest {

    private static final String OLD_NAME = "central-ingest-222222222222";

    private final ManualDebouncer pause = new ManualDebouncer();
    private ExampleWindow open;
    private DesignerSession vm;
    private DesignerWindow window;
    private int outputs;

    @Start
    void start(Stage stage) {
        FakeDialogs dialogs = new FakeDialogs();
        open = ExampleWindow.open(stage, dialogs, 1200, 760, model -> {
            model.editor().outputProperty().addListener((o, old, out) -> outputs++);
            return new DesignerWindow(model, dialogs, url -> { }, () -> { }, pause);
        });
        vm = open.vm;
        window = open.window;
    }

    @AfterEach
    void stop() {
        open.close();
    }

    private String explanation() {
        return onFx(() -> window.explanation().shownText());
    }

    @Test
    void typingLeavesTheExplanationAloneUntilTypingPausesThenShowsTheLatestDesignOnce(FxRobot robot) {
        WindowDriver ui = open.driver(robot);
        assertThat(explanation()).startsWith("Overview").contains(OLD_NAME);
        int renders = onFx(() -> window.explanation().renders());
        int outputsBefore = onFx(() -> outputs);

        ui.retype("bucket.name", "zz-bkt");

        // the whole output of a burst of keys may come once, for its last key (decision 0054)
        assertThat(onFx(() -> outputs - outputsBefore)).as("outputs while typing").isPositive();
        assertThat(ui.tabText("policies/bucket-policy.json")).contains("zz-bkt");
        assertThat(explanation()).contains(OLD_NAME).doesNotContain("zz-bkt");
        assertThat(onFx(() -> window.explanation().renders())).isEqualTo(renders);
        assertThat(pause.isWaiting()).isTrue();

        onFx(pause::fire);

        assertThat(explanation()).contains("zz-bkt").doesNotContain(OLD_NAME);
        assertThat(onFx(() -> window.explanation().renders())).isEqualTo(renders + 1);
    }

    @Test
    void puttingTheCaretOnAStatementWhileTypingExplainsItAtOnceInTheLatestDesign(FxRobot robot) {
        WindowDriver ui = open.driver(robot);
        ui.retype("bucket.name", "zz-bkt");
        assertThat(pause.isWaiting()).isTrue();

        onFx(() -> vm.editor().selectElement(new ElementRef("bucket-policy.json", "AllowPutFromA")));

        assertThat(explanation()).startsWith("bucket-policy.json#AllowPutFromA");
        assertThat(pause.isWaiting()).as("nothing left to wait for").isFalse();
        onFx(() -> vm.editor().selectElement(null));
        assertThat(explanation()).startsWith("Overview").contains("zz-bkt");
    }

    @Test
    void aChangeThatIsNotTypingUpdatesTheExplanationAtOnce(FxRobot robot) {
        WindowDriver ui = open.driver(robot);
        ui.retype("bucket.name", "zz-bkt");
        onFx(pause::fire);
        assertThat(explanation()).contains("zz-bkt");

        ui.shortcut(KeyCode.Z, false);

        assertThat(ui.textField("bucket.name").getText()).isEqualTo(OLD_NAME);
        assertThat(pause.isWaiting()).isFalse();
        assertThat(explanation()).contains(OLD_NAME).doesNotContain("zz-bkt");
    }
}
