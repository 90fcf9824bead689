package dev.s3grant.ui;

import dev.s3grant.model.Language;
import dev.s3grant.ui.compare.ComparisonViewModel;
import dev.s3grant.ui.editing.DesignerViewModel;
import dev.s3grant.ui.files.FileCommands;
import dev.s3grant.ui.i18n.Trail;
import dev.s3grant.ui.i18n.UiText;
import dev.s3grant.ui.map.MapPictureExport;
import dev.s3grant.ui.map.GrantMapViewModel;
import dev.s3grant.ui.map.PixelImage;
import dev.s3grant.ui.panes.LinkOpener;
import dev.s3grant.ui.settings.ViewPreferences;
import dev.s3grant.ui.theme.ThemeChoice;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

/** File, Edit, View and Help, with their shortcuts; every item forwards to the view-model or the window. */
public final class MainMenuBar extends MenuBar {

    private final FileCommands files;
    private final UiText text;
    private final Menu recent = new Menu();

    /**
     * @param showMap    shows the Grant map tab and gives the map the keyboard focus
     * @param mapPicture the grant map's picture, for Export Grant Map as PNG
     */
    public MainMenuBar(DesignerSession session, LinkOpener links, Runnable quit, Runnable about, Runnable showMap,
                       Supplier<Optional<PixelImage>> mapPicture) {
        DesignerViewModel vm = session.editor();
        ComparisonViewModel comparison = session.comparison();
        ViewPreferences preferences = session.view();
        this.files = session.files();
        this.text = session.text();
        setId("main-menu");
        setUseSystemMenuBar(true);

        Menu file = menu("ui.menu.file", "menu-file");
        recent.textProperty().bind(text.text("ui.menu.file.openRecent"));
        recent.setId("menu-open-recent");
        files.recentFiles().addListener((ListChangeListener<Path>) c -> rebuildRecent());
        rebuildRecent();
        file.getItems().addAll(
                item("ui.menu.file.new", "menu-new", "Shortcut+N", files::newDesign),
                item("ui.menu.file.open", "menu-open", "Shortcut+O", files::open),
                recent,
                new SeparatorMenuItem(),
                item("ui.menu.file.save", "menu-save", "Shortcut+S", files::save),
                item("ui.menu.file.saveAs", "menu-save-as", "Shortcut+Shift+S", files::saveAs),
                new SeparatorMenuItem(),
                item("ui.menu.file.export", "menu-export", "Shortcut+E", files::exportTerraform),
                item("ui.menu.file.compareFolder", "menu-compare-folder", "Shortcut+D", comparison::compareWithFolder),
                item("ui.menu.file.compareFile", "menu-compare-file", "Shortcut+Shift+D", comparison::compareWithFile),
                item("ui.menu.file.importTerraform", "menu-import-terraform", null,
                        () -> files.importTerraform().ifPresent(comparison::compareWith)),
                item("ui.menu.file.checkExisting", "menu-check-existing", null, session.existingCheck()::checkFolder),
                item("ui.menu.file.explainPolicy", "menu-explain-policy", "Shortcut+Shift+E", session.policyExplanation()::open),
                new SeparatorMenuItem(),
                item("ui.menu.file.quit", "menu-quit", "Shortcut+Q", quit));

        Menu edit = menu("ui.menu.edit", "menu-edit");
        MenuItem undo = item("ui.menu.edit.undo", "menu-undo", "Shortcut+Z", vm::undo);
        undo.disableProperty().bind(vm.canUndoProperty().not());
        saysWhat(undo, "ui.menu.edit.undo", "ui.menu.edit.undoField", vm.undoTargetProperty());
        MenuItem redo = item("ui.menu.edit.redo", "menu-redo", "Shortcut+Y", vm::redo);
        redo.disableProperty().bind(vm.canRedoProperty().not());
        saysWhat(redo, "ui.menu.edit.redo", "ui.menu.edit.redoField", vm.redoTargetProperty());
        edit.getItems().addAll(undo, redo);

        Menu view = menu("ui.menu.view", "menu-view");
        Menu language = new Menu();
        language.textProperty().bind(text.text("ui.menu.view.language"));
        language.setId("menu-language");
        ToggleGroup languages = new ToggleGroup();
        for (Language l : new Language[] {Language.JA, Language.EN}) {
            RadioMenuItem item = new RadioMenuItem(l == Language.JA ? "日本語" : "English");
            item.setId("menu-language-" + l.code());
            item.setToggleGroup(languages);
            item.setSelected(text.language() == l);
            item.setOnAction(e -> preferences.setLanguage(l));
            language.getItems().add(item);
        }
        text.languageProperty().addListener((o, old, v) -> languages.getToggles().forEach(
                t -> t.setSelected(((MenuItem) t).getId().equals("menu-language-" + v.code()))));
        Menu font = new Menu();
        font.textProperty().bind(text.text("ui.menu.view.fontSize"));
        font.setId("menu-font-size");
        font.getItems().addAll(
                item("ui.menu.view.fontLarger", "menu-font-larger", "Shortcut+Plus", preferences::largerFont),
                item("ui.menu.view.fontSmaller", "menu-font-smaller", "Shortcut+Minus", preferences::smallerFont),
                item("ui.menu.view.fontReset", "menu-font-reset", "Shortcut+0", preferences::resetFont));
        GrantMapViewModel map = session.map();
        MapPictureExport mapExport = session.mapExport();
        view.getItems().addAll(language, font, themeMenu(preferences), new SeparatorMenuItem(),
                item("ui.menu.view.showMap", "menu-show-map", "Shortcut+Shift+M", showMap),
                item("ui.menu.view.mapZoomIn", "menu-map-zoom-in", null, map::zoomIn),
                item("ui.menu.view.mapZoomOut", "menu-map-zoom-out", null, map::zoomOut),
                item("ui.menu.view.mapZoomReset", "menu-map-zoom-reset", null, map::resetZoom),
                item("ui.menu.view.mapZoomToFit", "menu-map-zoom-fit", null, map::zoomToFit),
                showChanges(map),
                item("ui.menu.view.exportMapSvg", "menu-export-map-svg", null, mapExport::exportSvg),
                item("ui.menu.view.exportMapPng", "menu-export-map-png", null, () -> mapExport.exportPng(mapPicture)));

        Menu help = menu("ui.menu.help", "menu-help");
        Menu docs = new Menu();
        docs.textProperty().bind(text.text("ui.menu.help.docs"));
        docs.setId("menu-docs");
        for (DocumentationLinks.Link link : DocumentationLinks.LINKS) {
            MenuItem item = new MenuItem();
            item.textProperty().bind(text.text(link.key()));
            item.setOnAction(e -> links.open(link.url(text.language())));
            docs.getItems().add(item);
        }
        help.getItems().addAll(item("ui.menu.help.about", "menu-about", null, about), docs);

        getMenus().addAll(file, edit, view, help);
    }

    /** View › Theme: System, Light, Dark as radio items that follow the preference (decision 0039). */
    private Menu themeMenu(ViewPreferences preferences) {
        Menu theme = new Menu();
        theme.textProperty().bind(text.text("ui.menu.view.theme"));
        theme.setId("menu-theme");
        ToggleGroup themes = new ToggleGroup();
        for (ThemeChoice choice : ThemeChoice.values()) {
            RadioMenuItem item = new RadioMenuItem();
            item.textProperty().bind(text.text(switch (choice) {
                case SYSTEM -> "ui.menu.view.theme.system";
                case LIGHT -> "ui.menu.view.theme.light";
                case DARK -> "ui.menu.view.theme.dark";
            }));
            item.setId("menu-theme-" + choice.code());
            item.setUserData(choice);
            item.setToggleGroup(themes);
            item.setSelected(preferences.themeProperty().get() == choice);
            item.setOnAction(e -> preferences.setTheme(choice));
            theme.getItems().add(item);
        }
        preferences.themeProperty().addListener((o, old, v) -> themes.getToggles().forEach(t -> t.setSelected(t.getUserData() == v)));
        return theme;
    }

    private Menu menu(String key, String id) {
        Menu menu = new Menu();
        menu.textProperty().bind(text.text(key));
        menu.setId(id);
        return menu;
    }

    /** Undo and Redo name what they change: "Undo: Writer A2 › Role name". Aliases may hold underscores, so no mnemonics. */
    private void saysWhat(MenuItem item, String plainKey, String namedKey, ReadOnlyObjectProperty<Trail> target) {
        item.setMnemonicParsing(false);
        item.textProperty().bind(Bindings.createStringBinding(() -> target.get() == null
                ? text.get(plainKey)
                : text.get(namedKey, target.get().render(text)), text.languageProperty(), target));
    }

    private MenuItem item(String key, String id, String accelerator, Runnable action) {
        MenuItem item = new MenuItem();
        item.textProperty().bind(text.text(key));
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private void rebuildRecent() {
        recent.getItems().clear();
        for (Path p : files.recentFiles()) {
            MenuItem item = new MenuItem(p.toString());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> files.openRecent(p));
            recent.getItems().add(item);
        }
        if (recent.getItems().isEmpty()) {
            MenuItem none = new MenuItem();
            none.textProperty().bind(text.text("ui.menu.file.openRecent.none"));
            none.setDisable(true);
            recent.getItems().add(none);
        }
    }

    /** View › Show Changes Since Saved: the grant map marks what was added, removed and changed since the design was saved or opened. */
    private CheckMenuItem showChanges(GrantMapViewModel map) {
        CheckMenuItem item = new CheckMenuItem();
        item.textProperty().bind(text.text("ui.menu.view.mapShowChanges"));
        item.setId("menu-map-show-changes");
        item.selectedProperty().bindBidirectional(map.showChangesProperty());
        return item;
    }
}
