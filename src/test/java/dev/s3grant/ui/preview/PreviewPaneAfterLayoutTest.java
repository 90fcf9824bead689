package dev.s3grant.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.model.Language;
import dev.s3grant.ui.i18n.UiText;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The worker waits for the frame that shows the policy handed over first (decision 0054): the preview says when it is laid out. */
@ExtendWith(ApplicationExtension.class)
class PreviewPaneAfterLayoutTest {

    private static final String PATH = "policies/bucket-policy.json";

    private PreviewPane pane;

    @Start
    void start(Stage stage) {
        pane = new PreviewPane(new UiText(Language.EN));
        stage.setScene(new Scene(pane, 600, 300));
        stage.show();
    }

    @Test
    void anActionRunsAfterTheNextPulseHasLaidOutWhatChangedNotAtOnce(FxRobot robot) throws Exception {
        robot.interact(() -> pane.update(List.of(Highlight.document(PATH, "{\n  \"a\": 1\n}\n"))));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> events = new ArrayList<>();

        robot.interact(() -> {
            pane.updateSome(List.of(Highlight.document(PATH, "{\n  \"a\": 12\n}\n")));
            pane.afterLayout(() -> events.add(pane.isNeedsLayout() ? "run, layout pending" : "run, laid out"));
            events.add("asked");
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(events::size).get() == 2);

        assertThat(events).containsExactly("asked", "run, laid out");
        robot.interact(() -> events.add("later"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(events).as("it runs once").containsExactly("asked", "run, laid out", "later");
    }

    @Test
    void outsideAWindowTheActionRunsAtOnce(FxRobot robot) {
        List<String> events = new ArrayList<>();
        robot.interact(() -> {
            PreviewPane alone = new PreviewPane(new UiText(Language.EN));
            alone.afterLayout(() -> events.add("run"));
            events.add("asked");
        });
        assertThat(events).containsExactly("run", "asked");
    }
}
