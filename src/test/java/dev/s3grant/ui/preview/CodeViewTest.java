package dev.s3grant.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.model.Language;
import dev.s3grant.ui.i18n.UiText;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class CodeViewTest {

    private static final String BEFORE = "{\n  \"Bucket\": \"central-ingest\",\n  \"Key\": \"incoming/\"\n}\n";
    private static final String AFTER = "{\n  \"Bucket\": \"central-ingest-x\",\n  \"Key\": \"incoming/\"\n}\n";

    private CodeView view;

    @Start
    void start(Stage stage) {
        view = new CodeView(new UiText(Language.EN));
        stage.setScene(new Scene(view, 600, 300));
        stage.show();
    }

    private static PreviewDocument json(String text) {
        return Highlight.document("policies/bucket-policy.json", text);
    }

    /**
     * The new line's paragraph is created and laid out with the text, not in the next pulse: created
     * there, it would leave the scene root's CSS invalid for the pulse after, and JavaFX would then
     * repaint the whole window for nothing.
     */
    @Test
    void aChangedDocumentIsLaidOutAtOnceNotInTheNextPulse(FxRobot robot) {
        robot.interact(() -> view.show(json(BEFORE)));
        WaitForAsyncUtils.waitForFxEvents();
        AtomicBoolean needsLayout = new AtomicBoolean(true);

        robot.interact(() -> {
            view.show(json(AFTER));
            needsLayout.set(view.area().isNeedsLayout());
        });

        assertThat(needsLayout).isFalse();
        assertThat(view.area().getText()).isEqualTo(AFTER);
        assertThat(view.replacements()).isEqualTo(2);
    }
}
