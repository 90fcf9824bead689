package dev.s3grant.ui;

import static dev.s3grant.ui.WindowDriver.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.ui.dialogs.FakeDialogs;
import dev.s3grant.ui.diff.DiffViewModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Diff tab as an IDE's diff: F7 from anywhere, on into the next file, "change 3 of 7", most of the height at 1280 × 720. */
@ExtendWith(ApplicationExtension.class)
class DiffNavigationJourneyTest {

    @TempDir
    Path dir;

    private final FakeDialogs dialogs = new FakeDialogs();
    private ExampleWindow open;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        open = ExampleWindow.open(stage, dialogs, 1280, 720, vm -> new DesignerWindow(vm, dialogs, url -> { }, () -> { }));
    }

    @AfterEach
    void stop() {
        open.close();
    }

    /** Compares the example with the original files of both accounts, whose differences span two files. */
    private WindowDriver compareWithOriginals(FxRobot robot) throws IOException {
        WindowDriver ui = open.driver(robot);
        Path repo = Files.createDirectories(dir.resolve("repo"));
        for (String file : new String[] {"account_A.tf", "account_B.tf"}) {
            Files.copy(Path.of("src/test/resources/diff/original").resolve(file), repo.resolve(file));
        }
        dialogs.terraformFolder = repo;
        ui.menu("menu-compare-folder");
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                    () -> !onFx(() -> open.vm.comparison().computingProperty().get()) && onFx(() -> open.vm.comparison().result() != null));
        } catch (TimeoutException e) {
            throw new AssertionError("the comparison did not settle", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        return ui;
    }

    private DiffViewModel model() {
        return onFx(() -> open.window.diffTab().view().model());
    }

    private String position(FxRobot robot) {
        return onFx(() -> robot.from(open.window.diffTab().getContent()).lookup("#diff-position").queryAs(Label.class).getText());
    }

    private String file() {
        return onFx(() -> model().selectedFileProperty().get().path());
    }

    private void press(FxRobot robot, boolean shift) {
        if (shift) {
            robot.press(KeyCode.SHIFT, KeyCode.F7).release(KeyCode.F7, KeyCode.SHIFT);
        } else {
            robot.press(KeyCode.F7).release(KeyCode.F7);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void f7WithTheFocusInTheFormGoesToTheNextChangeAndOnIntoTheNextFileAndShiftF7ComesBack(FxRobot robot) throws IOException {
        WindowDriver ui = compareWithOriginals(robot);
        String first = file();
        int count = onFx(() -> model().changeCountProperty().get());
        assertThat(count).as("the first file shown differs in more than one place").isGreaterThan(1);
        assertThat(position(robot)).as("a file opens at its first change").isEqualTo("Change 1 of " + count);

        TextField region = ui.textField("region");
        robot.clickOn(region);
        assertThat(onFx(region::isFocused)).isTrue();
        press(robot, false);

        assertThat(position(robot)).isEqualTo("Change 2 of " + count);
        assertThat(onFx(() -> open.window.preview().getSelectionModel().getSelectedItem())).isSameAs(open.window.diffTab());

        for (int i = 2; i < count; i++) {
            press(robot, false);
        }
        assertThat(position(robot)).isEqualTo("Change " + count + " of " + count);
        press(robot, false);
        assertThat(file()).as("F7 at a file's last change goes on into the next file").isNotEqualTo(first);
        int next = onFx(() -> model().changeCountProperty().get());
        assertThat(position(robot)).isEqualTo("Change 1 of " + next);

        press(robot, true);
        assertThat(file()).isEqualTo(first);
        assertThat(position(robot)).as("Shift+F7 comes back to the last change").isEqualTo("Change " + count + " of " + count);
    }

    @Test
    void at1280x720TheDiffKeepsMostOfTheHeight(FxRobot robot) throws IOException {
        compareWithOriginals(robot);

        double sceneHeight = onFx(() -> stage.getScene().getHeight());
        Node view = onFx(() -> open.window.diffTab().view());
        Node rows = onFx(() -> robot.from(open.window.diffTab().getContent()).lookup("#diff-rows").query());
        assertThat(sceneHeight).isEqualTo(720);
        assertThat(onFx(() -> view.getLayoutBounds().getHeight()) / sceneHeight).as("the diff view's share").isGreaterThan(0.6);
        assertThat(onFx(() -> rows.getLayoutBounds().getHeight()) / sceneHeight).as("the rows' share").isGreaterThan(0.45);

        onFx(() -> open.window.preview().getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> open.window.dividerPositions()[2])).as("leaving the Diff tab gives the lower panes their height back")
                .isCloseTo(DesignerWindow.DEFAULT_DIVIDERS[2], org.assertj.core.data.Offset.offset(0.01));
    }
}
