package dev.s3grant.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.analysis.Severity;
import dev.s3grant.ui.DesignerWindow;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A severity icon makes its shape and glyph when it first shows a severity, and keeps its size throughout. */
@ExtendWith(ApplicationExtension.class)
class SeverityIconTest {

    private SeverityIcon icon;

    @Start
    void start(Stage stage) {
        icon = new SeverityIcon();
        Scene scene = new Scene(new HBox(4, new Label("field"), icon), 200, 60);
        scene.getStylesheets().addAll(dev.s3grant.ui.theme.Appearance.LIGHT.paletteStylesheet(),
                DesignerWindow.class.getResource(DesignerWindow.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private static <T> T fx(Callable<T> call) {
        try {
            return WaitForAsyncUtils.asyncFx(call).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private List<String> glyphs() {
        return fx(() -> icon.lookupAll(".severity-glyph").stream().map(n -> ((Label) n).getText()).toList());
    }

    /** Where the icon is laid out and how large: what its neighbours see of it. */
    private Bounds bounds() {
        return fx(() -> {
            icon.getScene().getRoot().applyCss();
            icon.getScene().getRoot().layout();
            Bounds size = icon.getLayoutBounds();
            return new BoundingBox(icon.getLayoutX(), icon.getLayoutY(), size.getWidth(), size.getHeight());
        });
    }

    @Test
    void aHiddenIconHasNoShapeYetAndTakesItsFixedSize() {
        assertThat(fx(() -> List.copyOf(icon.getChildren()))).isEmpty();
        assertThat(fx(icon::isVisible)).isFalse();
        assertThat(bounds().getWidth()).isEqualTo(14);
        assertThat(bounds().getHeight()).isEqualTo(14);
    }

    @Test
    void theFirstSeverityMakesTheShapeAndGlyphAtTheSameSizeAndPlace() {
        Bounds hidden = bounds();

        fx(() -> {
            icon.setSeverity(Severity.ERROR);
            return null;
        });

        assertThat(fx(icon::isVisible)).isTrue();
        assertThat(fx(() -> icon.lookupAll(".severity-shape").size())).isEqualTo(1);
        assertThat(glyphs()).containsExactly("\u00D7");
        assertThat(fx(() -> icon.getStyleClass())).contains("severity-error");
        assertThat(bounds()).isEqualTo(hidden);

        fx(() -> {
            icon.setSeverity(Severity.WARNING);
            return null;
        });
        assertThat(glyphs()).containsExactly("!");
        assertThat(fx(() -> icon.getStyleClass())).contains("severity-warning").doesNotContain("severity-error");

        fx(() -> {
            icon.setSeverity(null);
            return null;
        });
        assertThat(fx(icon::isVisible)).isFalse();
        assertThat(glyphs()).containsExactly("");
        assertThat(fx(() -> icon.getStyleClass())).doesNotContain("severity-warning");
        assertThat(bounds()).isEqualTo(hidden);
    }
}
