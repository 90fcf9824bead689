package dev.s3grant.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.ui.forms.FormsView;
import dev.s3grant.ui.preview.CodeView;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What the window journeys do to the window: find fields, type, wait for the preview, read tabs. */
final class WindowDriver {

    private final FxRobot robot;
    private final DesignerWindow window;
    private final DesignerSession vm;

    WindowDriver(FxRobot robot, DesignerWindow window, DesignerSession vm) {
        this.robot = robot;
        this.window = window;
        this.vm = vm;
    }

    static <T> T onFx(Callable<T> call) {
        try {
            return WaitForAsyncUtils.asyncFx(call).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new AssertionError(e);
        }
    }

    static void onFx(Runnable run) {
        onFx(() -> {
            run.run();
            return null;
        });
    }

    /**
     * Waits until the window is complete (its parts are built one per frame after the first,
     * decision 0055), then until the latest change is computed and shown.
     */
    void settle() {
        waitUntilComplete(window);
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !onFx(() -> vm.editor().computingProperty().get()));
        } catch (TimeoutException e) {
            throw new AssertionError("the preview did not settle", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits until every part of the window is built and the frame that shows them is laid out. */
    static void waitUntilComplete(DesignerWindow window) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> onFx(() -> window.completeProperty().get()));
        } catch (TimeoutException e) {
            throw new AssertionError("the window did not complete", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The control that shows the design path. */
    Node field(String path) {
        return onFx(() -> FormsView.find(window.forms().getContent(), path)
                .orElseThrow(() -> new AssertionError("no field shows " + path)));
    }

    TextField textField(String path) {
        return (TextField) field(path);
    }

    /** Clicks into the field, selects what is there and types {@code text} (keep it short: ~100 ms a key). */
    void retype(String path, String text) {
        Node node = field(path);
        onFx(() -> window.forms().reveal(node));
        robot.clickOn(node);
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.A)
                .release(javafx.scene.input.KeyCode.A, javafx.scene.input.KeyCode.CONTROL);
        robot.write(text);
        settle();
    }

    /** Scrolls the control into view and clicks it. */
    void click(String query) {
        Node node = robot.lookup(query).query();
        onFx(() -> window.forms().reveal(node));
        robot.clickOn(node);
        settle();
    }

    /** Fires the menu item with {@code id}, as a click on it would. */
    void menu(String id) {
        onFx(() -> {
            MenuItem item = find(window.menuBar().getMenus(), id);
            if (item == null) {
                throw new AssertionError("no menu item " + id);
            }
            item.fire();
        });
        settle();
    }

    private static MenuItem find(List<? extends MenuItem> items, String id) {
        for (MenuItem item : items) {
            if (id.equals(item.getId())) {
                return item;
            }
            if (item instanceof Menu menu) {
                MenuItem found = find(menu.getItems(), id);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    CodeView tab(String path) {
        return onFx(() -> window.preview().view(path).orElseThrow(() -> new AssertionError("no tab for " + path)));
    }

    String tabText(String path) {
        return onFx(() -> tab(path).text());
    }

    void assertHasTab(String path) {
        assertThat(onFx(() -> window.preview().paths())).contains(path);
    }

    void shortcut(javafx.scene.input.KeyCode key, boolean shift) {
        if (shift) {
            robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.SHIFT, key)
                    .release(key, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.CONTROL);
        } else {
            robot.press(javafx.scene.input.KeyCode.CONTROL, key).release(key, javafx.scene.input.KeyCode.CONTROL);
        }
        settle();
    }
}
