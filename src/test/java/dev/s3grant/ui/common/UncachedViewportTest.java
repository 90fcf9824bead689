package dev.s3grant.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.skin.ScrollPaneSkin;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class UncachedViewportTest {

    private ScrollPane plain;
    private ScrollPane uncached;

    @Start
    void start(Stage stage) {
        plain = new ScrollPane(new Label("plain"));
        uncached = UncachedViewport.of(new ScrollPane(new Label("uncached")));
        stage.setScene(new Scene(new HBox(plain, uncached), 400, 200));
        stage.show();
    }

    @Test
    void javaFxCachesAScrollPanesViewportAsABitmapAndTheUncachedOneDoesNot(FxRobot robot) {
        assertThat(viewport(plain).isCache()).as("JavaFX's own behaviour, which the class works around").isTrue();
        assertThat(viewport(uncached).isCache()).isFalse();
    }

    @Test
    void aNewSkinGetsAnUncachedViewportToo(FxRobot robot) {
        robot.interact(() -> {
            uncached.setSkin(new ScrollPaneSkin(uncached));
            uncached.applyCss();
        });

        assertThat(viewport(uncached).isCache()).isFalse();
    }

    private static Node viewport(ScrollPane scroll) {
        return scroll.lookup(".viewport");
    }
}
