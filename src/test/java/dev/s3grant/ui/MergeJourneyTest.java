package dev.s3grant.ui;

import static dev.s3grant.ui.WindowDriver.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.model.DesignField;
import dev.s3grant.ui.dialogs.FakeDialogs;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The merge journey: the user pastes the bucket policy of today (as the AWS CLI prints it) into the
 * bucket form, the preview shows the generated policy merged into it, a broken paste says where it
 * is broken and changes nothing, and Clear goes back to the designer's policy alone.
 */
@ExtendWith(ApplicationExtension.class)
class MergeJourneyTest {

    private static final String PATH = DesignField.EXISTING_BUCKET_POLICY.path();
    private static final String PREFIX = "#" + PATH.replace('.', '-') + "-";
    private static final String TODAY = """
            {"Policy": "{\\"Version\\":\\"2012-10-17\\",\\"Statement\\":[{\\"Sid\\":\\"AllowCloudFrontRead\\",\
            \\"Effect\\":\\"Allow\\",\\"Principal\\":{\\"Service\\":\\"cloudfront.amazonaws.com\\"},\
            \\"Action\\":\\"s3:GetObject\\",\\"Resource\\":\\"arn:aws:s3:::central-ingest-222222222222/public/*\\"}]}"}""";

    private final FakeDialogs dialogs = new FakeDialogs();
    private ExampleWindow open;

    @Start
    void start(Stage stage) {
        open = ExampleWindow.open(stage, dialogs);
    }

    @AfterEach
    void stop() {
        open.close();
    }

    private void paste(FxRobot robot, String text) {
        TextArea area = robot.lookup(PREFIX + "paste").queryAs(TextArea.class);
        onFx(() -> area.setText(text));
        open.driver(robot).click(PREFIX + "use");
    }

    private String summary(FxRobot robot) {
        return onFx(() -> robot.lookup(PREFIX + "summary").queryAs(Label.class).getText());
    }

    @Test
    void aPastedBucketPolicyIsMergedShownAndCleared(FxRobot robot) {
        WindowDriver ui = open.driver(robot);
        onFx(() -> open.window.forms().reveal(ui.field(PATH)));
        assertThat(summary(robot)).isEqualTo("None: the generated policy is the whole policy");

        paste(robot, TODAY);

        assertThat(summary(robot)).isEqualTo("1 statement, kept in the generated policy");
        String merged = ui.tabText("policies/bucket-policy.json");
        assertThat(merged.indexOf("\"Sid\": \"AllowCloudFrontRead\"")).isPositive()
                .isLessThan(merged.indexOf("\"Sid\": \"AllowPutFromA\""));
        assertThat(open.vm.editor().design().existing().hasBucketPolicy()).isTrue();

        paste(robot, "{\"Statement\": [{\"Effect\": \"Permit\"}]}");

        assertThat(onFx(() -> robot.lookup(PREFIX + "problem").queryAs(Label.class).getText()))
                .isEqualTo("pasted policy:1:27: Effect must be Allow or Deny, not \"Permit\".");
        assertThat(ui.tabText("policies/bucket-policy.json")).contains("AllowCloudFrontRead");

        ui.click(PREFIX + "clear");

        assertThat(summary(robot)).isEqualTo("None: the generated policy is the whole policy");
        assertThat(ui.tabText("policies/bucket-policy.json")).doesNotContain("AllowCloudFrontRead");
        assertThat(open.vm.editor().design().existing().hasBucketPolicy()).isFalse();
    }
}
