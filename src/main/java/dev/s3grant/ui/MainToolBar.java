package dev.s3grant.ui;

import dev.s3grant.model.Language;
import dev.s3grant.ui.common.Icons;
import dev.s3grant.ui.common.LazyTooltip;
import dev.s3grant.ui.i18n.UiText;
import dev.s3grant.ui.settings.ViewPreferences;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Control;
import javafx.scene.input.KeyCombination;
import javafx.util.Duration;

/**
 * The frequent commands under the menus: Open, Save, Export, Compare with Folder, and the language.
 * Each button does what its menu item does; its tooltip names the item and its shortcut.
 */
public final class MainToolBar extends ToolBar {

    private final UiText text;
    private final MenuButton language = new MenuButton();

    public MainToolBar(DesignerSession session) {
        this.text = session.text();
        setId("main-toolbar");
        getStyleClass().add("main-toolbar");
        ViewPreferences preferences = session.view();
        language.setId("toolbar-language");
        language.setGraphic(Icons.icon(Icons.LANGUAGE));
        language.textProperty().bind(Bindings.createStringBinding(() -> name(text.language()), text.languageProperty()));
        for (Language l : new Language[] {Language.JA, Language.EN}) {
            MenuItem item = new MenuItem(name(l));
            item.setId("toolbar-language-" + l.code());
            item.setOnAction(e -> preferences.setLanguage(l));
            language.getItems().add(item);
        }
        tooltip(language, "ui.menu.view.language", null);
        getItems().addAll(
                button("toolbar-open", Icons.OPEN, "ui.menu.file.open", "Shortcut+O", () -> session.files().open()),
                button("toolbar-save", Icons.SAVE, "ui.menu.file.save", "Shortcut+S", () -> session.files().save()),
                button("toolbar-export", Icons.EXPORT, "ui.menu.file.export", "Shortcut+E", () -> session.files().exportTerraform()),
                button("toolbar-compare", Icons.COMPARE, "ui.menu.file.compareFolder", "Shortcut+D",
                        () -> session.comparison().compareWithFolder()),
                new javafx.scene.control.Separator(javafx.geometry.Orientation.VERTICAL),
                language);
    }

    private static String name(Language l) {
        return l == Language.JA ? "日本語" : "English";
    }

    private Button button(String id, String icon, String key, String shortcut, Runnable action) {
        Button button = new Button();
        button.setId(id);
        button.setGraphic(Icons.icon(icon));
        button.getStyleClass().add("toolbar-button");
        button.setFocusTraversable(false);
        tooltip(button, key, shortcut);
        button.accessibleTextProperty().bind(text.text(key));
        button.setOnAction(e -> action.run());
        return button;
    }

    /**
     * The menu item's name without its ellipsis, and the shortcut as the platform writes it ("Ctrl+O",
     * "⌘O"); the tooltip is made when the pointer first comes onto the control.
     */
    private void tooltip(Control control, String key, String shortcut) {
        LazyTooltip.install(control, tip -> tip.setShowDelay(Duration.millis(400))).textProperty()
                .bind(Bindings.createStringBinding(() -> tooltipText(text.get(key), shortcut), text.languageProperty()));
    }

    static String tooltipText(String label, String shortcut) {
        String name = label.endsWith("…") ? label.substring(0, label.length() - 1) : label;
        return shortcut == null ? name : name + " (" + KeyCombination.keyCombination(shortcut).getDisplayText() + ")";
    }

    /** Gives the keyboard focus to the language button, where it starts in the window. */
    public void focusLanguage() {
        language.requestFocus();
    }
}
