package dev.s3grant.ui;

import static dev.s3grant.ui.WindowDriver.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.model.Design;
import dev.s3grant.ui.dialogs.FakeDialogs;
import dev.s3grant.ui.preview.ElementRef;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The preview at the scale of an organization (issue 20, docs/decisions/0046-preview-files-at-scale.md):
 * with hundreds of writers the files every design has keep their tabs, the files of one writer
 * account are in the "All files" list, which opens one in a tab of its own, and typing still
 * updates the preview. Waits are generous: this is behaviour, not speed.
 */
@ExtendWith(ApplicationExtension.class)
class ManyWritersPreviewJourneyTest {

    private static final String BUCKET_POLICY = "policies/bucket-policy.json";

    private ExampleWindow open;
    private DesignerSession vm;
    private DesignerWindow window;

    @Start
    void start(Stage stage) {
        open = ExampleWindow.open(stage, new FakeDialogs());
        vm = open.vm;
        window = open.window;
    }

    @AfterEach
    void stop() {
        open.close();
    }

    private static void waitUntil(String what, BooleanSupplier condition) {
        WaitForAsyncUtils.waitForFxEvents();
        try {
            WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> onFx(condition::getAsBoolean));
        } catch (TimeoutException e) {
            throw new AssertionError("not within 180 s: " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void loadWriters(int count) {
        Design many = KeystrokeLatencyTest.withWriters(vm.editor().design(), count);
        onFx(() -> vm.editor().replace(many));
        waitUntil(count + " writers shown", () -> !vm.editor().computingProperty().get()
                && vm.editor().design().writers().size() == count
                && window.preview().allPaths().contains("policies/" + lastAlias(count) + "-trust-policy.json"));
    }

    private static String lastAlias(int count) {
        return "A" + count;
    }

    private Tab filesTab() {
        return onFx(() -> window.preview().getTabs().stream().filter(t -> "preview-files".equals(t.getId()))
                .findFirst().orElseThrow(() -> new AssertionError("no All files tab")));
    }

    @Test
    void aFiveHundredWriterDesignOpensWithTabsForTheSharedFilesAndAKeystrokeUpdatesThePreview(FxRobot robot) {
        WindowDriver ui = open.driver(robot);
        loadWriters(500);

        assertThat(onFx(() -> window.preview().allPaths())).hasSizeGreaterThanOrEqualTo(1500)
                .contains("policies/A250-role-policy.json");
        assertThat(onFx(() -> window.preview().paths())).contains(BUCKET_POLICY)
                .doesNotContain("policies/A-trust-policy.json", "policies/A250-role-policy.json", "policies/A500-trust-policy.json")
                .hasSizeLessThan(40);
        assertThat(onFx(() -> filesTab().getText())).isEqualTo("All files (" + String.format(java.util.Locale.ROOT, "%,d",
                onFx(() -> window.preview().allPaths().size())) + ")");

        onFx(() -> window.preview().open(BUCKET_POLICY));
        String name = vm.editor().design().bucket().name();
        TextField field = ui.textField("bucket.name");
        robot.clickOn(field);
        robot.type(KeyCode.END);
        robot.write("q");
        waitUntil("the bucket policy shows the new name", () -> ui.tabText(BUCKET_POLICY).contains(name + "q"));

        assertThat(vm.editor().design().bucket().name()).isEqualTo(name + "q");
        assertThat(ui.tabText(BUCKET_POLICY)).contains("arn:aws:s3:::" + name + "q/");
    }

    @Test
    void theFileListOpensAWritersFileInATabOfItsOwnAndAFindingsLinkOpensOneToo(FxRobot robot) {
        WindowDriver ui = open.driver(robot);
        loadWriters(60);
        String trust = "policies/A42-trust-policy.json";
        assertThat(onFx(() -> window.preview().paths())).doesNotContain(trust);

        onFx(() -> window.preview().getSelectionModel().select(filesTab()));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#preview-file-filter");
        robot.write("a42-t");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(onFx(() -> window.preview().paths())).contains(trust, BUCKET_POLICY);
        assertThat(onFx(() -> window.preview().getSelectionModel().getSelectedItem().getText()))
                .isEqualTo("A42-trust-policy.json");
        assertThat(onFx(() -> window.preview().getSelectionModel().getSelectedItem().isClosable())).isTrue();
        assertThat(ui.tabText(trust)).contains("100000000041");

        boolean found = onFx(() -> window.preview().highlight(new ElementRef("A7-role-policy.json", "")));
        assertThat(found).isTrue();
        assertThat(onFx(() -> window.preview().paths())).contains(trust, "policies/A7-role-policy.json");
        assertThat(onFx(() -> window.preview().getSelectionModel().getSelectedItem().getText()))
                .isEqualTo("A7-role-policy.json");
    }

    @Test
    void aSmallDesignKeepsOneTabPerFileAndNoFileList(FxRobot robot) {
        open.driver(robot).settle();

        assertThat(onFx(() -> window.preview().paths())).containsExactlyElementsOf(onFx(() -> window.preview().allPaths()));
        assertThat(onFx(() -> window.preview().getTabs().stream().noneMatch(t -> "preview-files".equals(t.getId()))))
                .isTrue();
    }
}
