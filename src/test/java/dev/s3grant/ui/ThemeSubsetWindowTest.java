package dev.s3grant.ui;

import static dev.s3grant.ui.WindowDriver.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.ThemeLeavesOut;
import dev.s3grant.ui.dialogs.FakeDialogs;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window's theme leaves out the rules of controls the designer never makes (decision 0060): no node of the
 * complete window, with every tab shown once, carries a style class of those controls.
 */
@ExtendWith(ApplicationExtension.class)
class ThemeSubsetWindowTest {

    private final FakeDialogs dialogs = new FakeDialogs();
    private ExampleWindow open;
    private Runnable stopFollowing;

    @Start
    void start(Stage stage) {
        open = ExampleWindow.open(stage, dialogs);
        stopFollowing = ProductTheme.follow(open);
    }

    @AfterEach
    void stop() {
        onFx(stopFollowing);
        open.close();
    }

    @Test
    void noNodeOfTheCompleteWindowCarriesAClassTheThemeLeavesOut(FxRobot robot) {
        open.driver(robot);
        Set<String> seen = new TreeSet<>();
        onFx(() -> Window.getWindows().forEach(w -> collect(w.getScene().getRoot(), new TreeSet<>())));
        for (int round = 0; round < 2; round++) {
            // every tab of every tab pane in front once, so that each tab's content is built, styled and walked
            onFx(() -> tabPanes(open.window.root()).forEach((id, pane) -> {
                for (Tab tab : pane.getTabs()) {
                    pane.getSelectionModel().select(tab);
                    pane.applyCss();
                    pane.layout();
                }
            }));
            robot.sleep(200);
            onFx(() -> Window.getWindows().forEach(w -> collect(w.getScene().getRoot(), seen)));
        }

        assertThat(seen).as("style classes of the window").contains("tab-pane", "button", "table-view")
                .doesNotContainAnyElementsOf(ThemeLeavesOut.read().styleClasses());
    }

    private static TreeMap<String, TabPane> tabPanes(Node node) {
        TreeMap<String, TabPane> panes = new TreeMap<>();
        walk(node, n -> {
            if (n instanceof TabPane pane) {
                panes.put(panes.size() + ":" + pane.getStyleClass(), pane);
            }
        });
        return panes;
    }

    private static void collect(Node root, Set<String> classes) {
        walk(root, n -> classes.addAll(n.getStyleClass()));
    }

    private static void walk(Node node, java.util.function.Consumer<Node> visit) {
        visit.accept(node);
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> walk(child, visit));
        }
    }
}
