package dev.s3grant.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A lazy tooltip is made when the pointer first comes onto its node, and shows only while it has a text. */
@ExtendWith(ApplicationExtension.class)
class LazyTooltipTest {

    private Label label;
    private Region box;
    private Label away;
    private LazyTooltip labelTip;
    private LazyTooltip boxTip;

    @Start
    void start(Stage stage) {
        label = new Label("a label with help");
        box = new Region();
        away = new Label("elsewhere");
        box.setPrefSize(120, 40);
        labelTip = LazyTooltip.install(label, t -> t.setShowDelay(Duration.millis(50)));
        boxTip = LazyTooltip.install(box, t -> t.setShowDelay(Duration.millis(50)));
        stage.setScene(new Scene(new VBox(40, label, box, away), 300, 240));
        stage.show();
    }

    private static void waitUntil(String what, java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError(what, e);
        }
    }

    private static <T> T fx(java.util.concurrent.Callable<T> call) {
        try {
            return WaitForAsyncUtils.asyncFx(call).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void noTooltipIsMadeBeforeThePointerComesOntoTheNode(FxRobot robot) {
        fx(() -> {
            labelTip.setText("help");
            return null;
        });
        robot.moveTo(away);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(labelTip.tooltip()).isEmpty();
        assertThat(fx(label::getTooltip)).isNull();
    }

    @Test
    void restingOnTheNodeMakesTheTooltipAndShowsItsText(FxRobot robot) {
        fx(() -> {
            labelTip.setText("help");
            return null;
        });
        robot.moveTo(label).moveBy(2, 1);
        waitUntil("the tooltip did not show", () -> fx(() -> label.getTooltip() != null && label.getTooltip().isShowing()));

        assertThat(fx(() -> label.getTooltip().getText())).isEqualTo("help");
        assertThat(labelTip.tooltip()).containsSame(fx(label::getTooltip));

        fx(() -> {
            labelTip.setText("new help");
            return null;
        });
        assertThat(fx(() -> label.getTooltip().getText())).isEqualTo("new help");
    }

    @Test
    void aNodeThatIsNotAControlGetsItsTooltipInstalled(FxRobot robot) {
        fx(() -> {
            boxTip.setText("box help");
            return null;
        });
        robot.moveTo(box).moveBy(2, 1);
        waitUntil("the tooltip was not made", () -> boxTip.tooltip().isPresent());
        Tooltip tip = boxTip.tooltip().orElseThrow();

        waitUntil("the tooltip did not show", () -> fx(tip::isShowing));
        assertThat(fx(tip::getText)).isEqualTo("box help");
    }

    @Test
    void anEmptyTextShowsNoTooltipUntilItHasAText(FxRobot robot) {
        robot.moveTo(label).moveBy(2, 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(labelTip.tooltip()).isEmpty();
        assertThat(fx(label::getTooltip)).isNull();

        fx(() -> {
            labelTip.setText("now with help");
            return null;
        });
        robot.moveBy(1, 1);
        waitUntil("the tooltip did not show", () -> fx(() -> label.getTooltip() != null && label.getTooltip().isShowing()));

        robot.moveTo(away);
        fx(() -> {
            labelTip.setText("");
            return null;
        });
        assertThat(fx(label::getTooltip)).isNull();
        assertThat(labelTip.tooltip()).isPresent();
    }
}
