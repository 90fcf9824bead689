package dev.s3grant.ui.common;

import java.lang.ref.WeakReference;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Shows a tab pane's titles as they are in its overflow list (the menu behind the arrow when the
 * tabs do not fit). JavaFX builds that menu itself, with mnemonic parsing on, so a file name such
 * as {@code account_A.tf} showed as "accountA.tf" with an underlined A. The menu is not reachable
 * through the tab pane's API; this finds it when it opens, among the windows, by its owner.
 */
public final class LiteralTabMenu {

    private LiteralTabMenu() {
    }

    /** From now on, {@code tabs}' overflow list shows each title literally, underscores and all. */
    public static void install(TabPane tabs) {
        // Held weakly: the list of windows lives as long as the application, the tab pane need not.
        WeakReference<TabPane> pane = new WeakReference<>(tabs);
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            TabPane owner = pane.get();
            while (owner != null && change.next()) {
                for (Window added : change.getAddedSubList()) {
                    if (added instanceof ContextMenu menu && ownedBy(menu.getOwnerNode(), owner)) {
                        literal(menu);
                        if (menu.getProperties().putIfAbsent(LiteralTabMenu.class, Boolean.TRUE) == null) {
                            menu.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> literal(menu));
                        }
                    }
                }
            }
        });
    }

    private static boolean ownedBy(Node owner, TabPane tabs) {
        for (Node n = owner; n != null; n = n.getParent()) {
            if (n == tabs) {
                return true;
            }
        }
        return false;
    }

    /** Turns mnemonic parsing off on the menu's items and on the labels already drawn for them. */
    static void literal(ContextMenu menu) {
        for (MenuItem item : menu.getItems()) {
            item.setMnemonicParsing(false);
        }
        if (menu.getScene() != null && menu.getScene().getRoot() != null) {
            for (Node node : menu.getScene().getRoot().lookupAll(".label")) {
                if (node instanceof Labeled label) {
                    label.setMnemonicParsing(false);
                }
            }
        }
    }
}
