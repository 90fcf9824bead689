package dev.s3grant.ui.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class TypingTextFieldTest {

    private final TypingTextField field = new TypingTextField();
    private final VBox form = new VBox(field);

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(form, 300, 100));
        stage.show();
    }

    static <T> T onFx(Callable<T> call) throws Exception {
        return WaitForAsyncUtils.asyncFx(call).get(10, TimeUnit.SECONDS);
    }

    @Test
    void typingLaysOutTheFieldButNotTheForm() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        boolean[] needs = onFx(() -> {
            field.requestFocus();
            Event.fireEvent(field, new KeyEvent(KeyEvent.KEY_TYPED, "x", "", KeyCode.UNDEFINED, false, false, false, false));
            return new boolean[] {field.isNeedsLayout(), form.isNeedsLayout()};
        });

        assertThat(field.getText()).isEqualTo("x");
        assertThat(needs[0]).as("the field is laid out").isTrue();
        assertThat(needs[1]).as("the form is not").isFalse();
    }

    @Test
    void otherChangesLayOutTheFormAsUsual() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        boolean formNeedsLayout = onFx(() -> {
            field.setStyle("-fx-font-size: 30px;");
            field.applyCss();
            return form.isNeedsLayout();
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(formNeedsLayout).isTrue();
        assertThat(onFx(field::getHeight)).isGreaterThan(35.0);
    }
}
