package dev.s3grant.ui;

import static dev.s3grant.ui.WindowDriver.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.ui.dialogs.FakeDialogs;
import dev.s3grant.ui.settings.MemorySettingsStore;
import dev.s3grant.ui.settings.UiSettings;
import dev.s3grant.ui.theme.Appearance;
import dev.s3grant.ui.theme.ThemeChoice;
import dev.s3grant.ui.theme.WindowThemes;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.TableRow;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Shape;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** View › Theme: every view repaints in the theme's colours, other windows too, and the choice is remembered. */
@ExtendWith(ApplicationExtension.class)
class ThemeJourneyTest {

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path dir;

    private final FakeDialogs dialogs = new FakeDialogs();
    private final MemorySettingsStore store = new MemorySettingsStore();
    private ExampleWindow open;
    private DesignerWindow window;
    private Runnable stopFollowing;

    @Start
    void start(Stage stage) {
        open = ExampleWindow.open(stage, dialogs, new UiSettings(store, Locale.US));
        window = open.window;
        stopFollowing = ProductTheme.follow(open);
    }

    @AfterEach
    void stop() {
        onFx(() -> {
            window.policyExplanationWindow().ifPresent(w -> w.stage().close());
            stopFollowing.run();
        });
        open.close();
    }

    /** The colours a user sees in the main views, as the stylesheets resolved them. */
    private record Painted(Paint code, Paint token, Paint findingsRow, Paint status, Paint forms, Paint icon) {
    }

    private Painted painted(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return onFx(() -> {
            window.root().applyCss();
            window.root().layout();
            Region code = robot.lookup(".preview-code").queryAs(Region.class);
            Node token = robot.from(code).lookup(".json-key").query();
            TableRow<?> row = robot.lookup(".findings-table .table-row-cell").queryAllAs(TableRow.class).stream()
                    .filter(r -> r.getItem() != null).findFirst().orElseThrow(() -> new AssertionError("no findings row"));
            Shape icon = robot.lookup("#toolbar-open .toolbar-icon").queryAs(Shape.class);
            return new Painted(lastFill(code), ((Shape) token).getFill(), lastFill(row), lastFill(window.status()),
                    lastFill(robot.lookup(".forms-scroll").queryAs(Region.class)), icon.getStroke());
        });
    }

    private static Paint lastFill(Region region) {
        List<BackgroundFill> fills = region.getBackground() == null ? List.of() : region.getBackground().getFills();
        return fills.isEmpty() ? null : fills.get(fills.size() - 1).getFill();
    }

    private RadioMenuItem themeItem(ThemeChoice choice) {
        return onFx(() -> (RadioMenuItem) window.menuBar().getMenus().stream()
                .filter(m -> "menu-view".equals(m.getId())).flatMap(m -> m.getItems().stream())
                .filter(i -> "menu-theme".equals(i.getId())).flatMap(i -> ((Menu) i).getItems().stream())
                .filter(i -> ("menu-theme-" + choice.code()).equals(i.getId())).findFirst().orElseThrow());
    }

    @Test
    void switchingToDarkRepaintsEveryViewAndTheExplainPolicyWindowAndIsRemembered(FxRobot robot) throws Exception {
        WindowDriver ui = open.driver(robot);
        ui.retype("bucket.name", "Bad_Name");
        assertThat(themeItem(ThemeChoice.SYSTEM).isSelected()).isTrue();
        Painted light = painted(robot);
        assertThat(light).isEqualTo(new Painted(Color.web("#ffffff"), Color.web("#0550ae"), Color.web("#ffffff"),
                Color.web("#ffffff"), Color.web("#f6f8fa"), Color.web("#424a53")));
        dialogs.policyFile = ComparisonJourneyTest.ORIGINAL_B;
        ui.menu("menu-explain-policy");
        WaitForAsyncUtils.waitFor(15, java.util.concurrent.TimeUnit.SECONDS, () -> window.policyExplanationWindow().isPresent());

        ui.menu("menu-theme-dark");

        assertThat(painted(robot)).isEqualTo(new Painted(Color.web("#0d1117"), Color.web("#79c0ff"), Color.web("#0d1117"),
                Color.web("#0d1117"), Color.web("#161b22"), Color.web("#c9d1d9")));
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(Appearance.DARK.controlsStylesheet());
        Stage explained = window.policyExplanationWindow().orElseThrow().stage();
        assertThat(onFx(() -> List.copyOf(explained.getScene().getStylesheets())))
                .contains(Appearance.DARK.paletteStylesheet()).doesNotContain(Appearance.LIGHT.paletteStylesheet());
        assertThat(themeItem(ThemeChoice.DARK).isSelected()).isTrue();
        assertThat(themeItem(ThemeChoice.SYSTEM).isSelected()).isFalse();
        assertThat(new UiSettings(store, Locale.US).theme()).as("remembered for the next run").isEqualTo(ThemeChoice.DARK);

        ui.menu("menu-theme-light");
        assertThat(painted(robot)).isEqualTo(light);
        assertThat(new UiSettings(store, Locale.US).theme()).isEqualTo(ThemeChoice.LIGHT);
    }

    @Test
    void systemFollowsTheOperatingSystemOnceItsSettingIsKnown(FxRobot robot) {
        open.driver(robot).retype("bucket.name", "Bad_Name");
        onFx(() -> open.vm.view().systemAppearanceProperty().set(Appearance.DARK));
        assertThat(painted(robot).code()).isEqualTo(Color.web("#0d1117"));
        assertThat(themeItem(ThemeChoice.SYSTEM).isSelected()).isTrue();
    }

    @Test
    void toolbarTooltipsNameTheCommandAndItsShortcut() {
        assertThat(MainToolBar.tooltipText("Open…", "Shortcut+O")).isIn("Open (Ctrl+O)", "Open (⌘O)");
        assertThat(MainToolBar.tooltipText("言語", null)).isEqualTo("言語");
        assertThat(onFx(() -> window.toolBar().getItems().stream().map(Node::getId).toList())).containsExactly(
                "toolbar-open", "toolbar-save", "toolbar-export", "toolbar-compare", null, "toolbar-language");
    }

    @Test
    void aDialogsOwnStylesheetsGetTheNewPaletteAndOtherSheetsStay() {
        List<String> after = onFx(() -> {
            javafx.scene.control.DialogPane pane = new javafx.scene.control.DialogPane();
            pane.getStylesheets().addAll(Appearance.LIGHT.paletteStylesheet(), DesignerWindow.STYLESHEET);
            javafx.scene.Scene scene = new javafx.scene.Scene(pane);
            scene.getStylesheets().add(Appearance.LIGHT.paletteStylesheet());
            WindowThemes.applyTo(scene, Appearance.DARK);
            return List.of(scene.getStylesheets().get(0), pane.getStylesheets().get(0), pane.getStylesheets().get(1));
        });
        assertThat(after).containsExactly(Appearance.DARK.paletteStylesheet(), Appearance.DARK.paletteStylesheet(),
                DesignerWindow.STYLESHEET);
    }

    @Test
    void theToolbarsCommandsDoWhatTheirMenuItemsDo(FxRobot robot) throws java.io.IOException {
        WindowDriver ui = open.driver(robot);
        java.nio.file.Path repo = java.nio.file.Files.createDirectories(dir.resolve("repo"));
        java.nio.file.Files.copy(ComparisonJourneyTest.ORIGINAL_B, repo.resolve("account_B.tf"));
        dialogs.terraformFolder = repo;
        robot.clickOn("#toolbar-compare");
        try {
            WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                    () -> onFx(() -> open.vm.comparison().againstProperty().get()) != null);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the toolbar's Compare did not compare with the folder", e);
        }
        assertThat(onFx(() -> open.vm.comparison().againstProperty().get())).isEqualTo(repo);

        javafx.scene.control.MenuButton language = robot.lookup("#toolbar-language").queryAs(javafx.scene.control.MenuButton.class);
        assertThat(onFx(language::getText)).isEqualTo("English");
        onFx(() -> language.getItems().stream().filter(i -> "toolbar-language-ja".equals(i.getId())).findFirst().orElseThrow().fire());
        assertThat(onFx(() -> open.vm.text().language())).isEqualTo(dev.s3grant.model.Language.JA);
        assertThat(onFx(language::getText)).isEqualTo("日本語");
        assertThat(onFx(() -> robot.lookup("#toolbar-open").queryAs(javafx.scene.control.Button.class).getAccessibleText()))
                .isEqualTo("開く…");
    }
}
