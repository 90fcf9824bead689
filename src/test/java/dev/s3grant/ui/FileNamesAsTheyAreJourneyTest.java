package dev.s3grant.ui;

import static dev.s3grant.ui.WindowDriver.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.ui.dialogs.FakeDialogs;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File names keep their underscores in menus and in the preview's tab overflow list: they are data, not mnemonics. */
@ExtendWith(ApplicationExtension.class)
class FileNamesAsTheyAreJourneyTest {

    @TempDir
    Path dir;

    private final FakeDialogs dialogs = new FakeDialogs();
    private ExampleWindow open;

    @Start
    void start(Stage stage) {
        // Narrow, so that the preview's tabs do not fit and the overflow list appears.
        open = ExampleWindow.open(stage, dialogs, 760, 600, vm -> new DesignerWindow(vm, dialogs, url -> { }, () -> { }));
    }

    @AfterEach
    void stop() {
        onFx(() -> List.copyOf(Window.getWindows()).stream().filter(w -> w instanceof ContextMenu)
                .forEach(w -> ((ContextMenu) w).hide()));
        open.close();
    }

    @Test
    void theTabOverflowListShowsAccountAWithItsUnderscore(FxRobot robot) throws TimeoutException {
        open.driver(robot);
        Node arrow = robot.lookup(".preview-pane .control-buttons-tab .tab-down-button").query();
        assertThat(onFx(arrow::isVisible)).as("the tabs overflow at this width").isTrue();

        robot.clickOn(arrow);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> onFx(() -> Window.getWindows().stream()
                .anyMatch(w -> w instanceof ContextMenu && w.isShowing())));
        ContextMenu menu = onFx(() -> (ContextMenu) Window.getWindows().stream()
                .filter(w -> w instanceof ContextMenu && w.isShowing()).findFirst().orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();

        MenuItem accountA = onFx(() -> menu.getItems().stream().filter(i -> "account_A.tf".equals(i.getText()))
                .findFirst().orElseThrow(() -> new AssertionError("no account_A.tf in " + menu.getItems().stream().map(MenuItem::getText).toList())));
        assertThat(onFx(accountA::isMnemonicParsing)).isFalse();
        List<Labeled> drawn = onFx(() -> menu.getScene().getRoot().lookupAll(".label").stream()
                .filter(n -> n instanceof Labeled l && "account_A.tf".equals(l.getText())).map(n -> (Labeled) n).toList());
        assertThat(drawn).as("the label drawn for the item").isNotEmpty()
                .allSatisfy(label -> assertThat(label.isMnemonicParsing()).isFalse());
    }

    @Test
    void openRecentListsFileNamesWithTheirUnderscores(FxRobot robot) {
        WindowDriver ui = open.driver(robot);
        dialogs.fileToSave = dir.resolve("account_A_grant.json");
        ui.menu("menu-save-as");

        Menu recent = onFx(() -> (Menu) open.window.menuBar().getMenus().get(0).getItems().stream()
                .filter(i -> "menu-open-recent".equals(i.getId())).findFirst().orElseThrow());
        List<MenuItem> items = onFx(() -> List.copyOf(recent.getItems()));

        assertThat(items).hasSize(1);
        assertThat(items.get(0).getText()).endsWith("account_A_grant.json");
        assertThat(items.get(0).isMnemonicParsing()).isFalse();
    }
}
