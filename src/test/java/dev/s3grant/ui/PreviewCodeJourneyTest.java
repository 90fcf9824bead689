package dev.s3grant.ui;

import static dev.s3grant.ui.WindowDriver.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.ui.dialogs.FakeDialogs;
import dev.s3grant.ui.preview.CodeLines;
import dev.s3grant.ui.preview.ElementRef;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The preview's code as a user meets it in the window: typing sets only the changed lines; a click puts the caret and the current line there. */
@ExtendWith(ApplicationExtension.class)
class PreviewCodeJourneyTest {

    private static final String BUCKET_POLICY = "policies/bucket-policy.json";

    private ExampleWindow open;
    private DesignerWindow window;

    @Start
    void start(Stage stage) {
        open = ExampleWindow.open(stage, new FakeDialogs());
        window = open.window;
    }

    @AfterEach
    void stop() {
        open.close();
    }

    private static List<Node> visibleLines(CodeLines code) {
        return onFx(() -> code.lookupAll(".code-line").stream().filter(Node::isVisible).toList());
    }

    @Test
    void aKeystrokeSetsOnlyTheVisibleLinesWhoseTextChangedInTheNodesAlreadyThere(FxRobot robot) {
        WindowDriver ui = open.driver(robot);
        onFx(() -> window.preview().highlight(new ElementRef("bucket-policy.json", "")));
        ui.settle();
        CodeLines code = ui.tab(BUCKET_POLICY).area();
        List<Node> linesBefore = visibleLines(code);
        String before = onFx(code::getText);
        int setBefore = onFx(code::linesSet);

        robot.clickOn(ui.field("bucket.name"));
        robot.type(KeyCode.END);
        robot.write("q");
        ui.settle();

        String after = onFx(code::getText);
        assertThat(after).contains("222222222222q");
        String[] old = before.split("\n", -1);
        String[] now = after.split("\n", -1);
        int changed = 0;
        for (int i = 0; i < linesBefore.size(); i++) {
            if (!old[i].equals(now[i])) {
                changed++;
            }
        }
        assertThat(changed).as("the bucket's ARN is on the first screen").isPositive();
        assertThat(visibleLines(code)).as("the same line nodes").isEqualTo(linesBefore);
        assertThat(onFx(code::linesSet) - setBefore).isEqualTo(changed);
    }

    @Test
    void clickingALinePutsTheCaretAndTheCurrentLineThereAndExplainsTheStatement(FxRobot robot) {
        WindowDriver ui = open.driver(robot);
        onFx(() -> window.preview().highlight(new ElementRef("bucket-policy.json", "")));
        ui.settle();
        CodeLines code = ui.tab(BUCKET_POLICY).area();
        int line = onFx(() -> code.lineOf(code.getText().indexOf("aws:SecureTransport")));
        onFx(() -> code.showLineAtTop(line));
        WaitForAsyncUtils.waitForFxEvents();

        Bounds screen = onFx(() -> code.localToScreen(code.getLayoutBounds()));
        double lineHeight = onFx(code::lineHeight);
        double y = line * lineHeight - onFx(code::getEstimatedScrollY);
        assertThat(y).as("the line is shown").isBetween(0.0, screen.getHeight() - 2 * lineHeight);
        robot.clickOn(new Point2D(screen.getMaxX() - 60, screen.getMinY() + y + lineHeight / 2));
        ui.settle();

        assertThat(onFx(() -> code.lineOf(code.getCaretPosition()))).isEqualTo(line);
        assertThat(onFx(() -> code.currentLineNode().getLayoutY())).isEqualTo(y);
        assertThat(onFx(code::isFocused)).isTrue();
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                    () -> onFx(() -> window.explanation().shownText()).startsWith("bucket-policy.json#DenyInsecureTransport"));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the explanation did not follow the caret: " + onFx(() -> window.explanation().shownText()), e);
        }
    }
}
