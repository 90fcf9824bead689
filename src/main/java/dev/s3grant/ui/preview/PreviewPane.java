package dev.s3grant.ui.preview;

import dev.s3grant.ui.common.AfterFirstFrame;
import dev.s3grant.ui.common.LiteralTabMenu;
import dev.s3grant.ui.i18n.UiText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;

/**
 * The live preview: one tab per generated file, in the façade's order, so a file the façade adds
 * gets a tab without changes here. Tabs are kept by path: an update adds and removes tabs and
 * hands each remaining tab its new text, which a hidden tab shows when it is selected. A tab's code
 * view is built when the tab is first shown or asked for, so that opening the window builds one
 * code area, not one per file. Other tabs (the Diff tab) stay after the files.
 *
 * <p>With many files (hundreds of writer accounts), only the files every design has get a tab, and
 * the files of one writer account are listed in the "All files" tab, which opens one in a closable
 * tab of its own ({@link FileTabRule}, docs/decisions/0046-preview-files-at-scale.md).
 */
public final class PreviewPane extends TabPane {

    /** The tab property that holds the tab's latest document. */
    private static final String DOCUMENT = "document";

    private final UiText text;
    private final Map<String, Tab> tabs = new HashMap<>();
    /** Every file of the latest output, in the façade's order, with or without a tab. */
    private final Map<String, PreviewDocument> latest = new LinkedHashMap<>();
    /** The files of one writer account the user opened from the file list while the output has many files. */
    private final Set<String> opened = new HashSet<>();
    /** Made when an output first has many files (decision 0059). */
    private FileList fileList;
    private final Tab filesTab = new Tab();
    /** Tabs whose tooltip waits until the pane's first frame has been laid out (decision 0059); null once it has. */
    private List<Tab> tipsLater = new ArrayList<>();
    private Consumer<ElementRef> onCaretElement = ref -> { };
    /** What waits for the next pulse's layout ({@link #afterLayout}); run and emptied by the scene's post-layout listener. */
    private final List<Runnable> afterLayout = new ArrayList<>();
    private final Runnable runAfterLayout = () -> {
        if (!afterLayout.isEmpty()) {
            List<Runnable> due = List.copyOf(afterLayout);
            afterLayout.clear();
            due.forEach(Runnable::run);
        }
    };

    public PreviewPane(UiText text) {
        this.text = text;
        getStyleClass().add("preview-pane");
        setTabClosingPolicy(TabClosingPolicy.ALL_TABS);
        LiteralTabMenu.install(this);
        filesTab.setId("preview-files");
        filesTab.setClosable(false);
        // The tabs' tooltips are not in the first frame: they are made after it, while it is painted.
        AfterFirstFrame.run(this, () -> {
            List<Tab> waiting = tipsLater;
            tipsLater = null;
            waiting.forEach(PreviewPane::addTooltip);
        });
        getSelectionModel().selectedItemProperty().addListener((o, old, tab) -> {
            if (tab != null && isFileTab(tab)) {
                viewOf(tab).refresh();
            }
        });
        sceneProperty().addListener((o, old, scene) -> {
            if (old != null) {
                old.removePostLayoutPulseListener(runAfterLayout);
            }
            if (scene != null) {
                scene.addPostLayoutPulseListener(runAfterLayout);
            }
        });
    }

    /**
     * Runs {@code action} once the next pulse has laid out what changed until now (the frame that shows it is then
     * handed to the renderer); at once when the pane is in no window. The worker waits for it before it computes
     * the rest of an output (decision 0054).
     */
    public void afterLayout(Runnable action) {
        if (getScene() == null) {
            action.run();
            return;
        }
        afterLayout.add(action);
        Platform.requestNextPulse();
    }

    public void setOnCaretElement(Consumer<ElementRef> handler) {
        this.onCaretElement = handler;
    }

    /** Whether the shown tab's code view shows one of {@code documents}. */
    public boolean shows(List<PreviewDocument> documents) {
        Tab tab = getSelectionModel().getSelectedItem();
        return tab != null && tab.getContent() instanceof CodeView view && view.showsDocument()
                && documents.contains(view.document());
    }

    public void update(List<PreviewDocument> documents) {
        latest.clear();
        documents.forEach(d -> latest.put(d.path(), d));
        boolean many = FileTabRule.many(documents.size());
        opened.retainAll(latest.keySet());
        Tab visible = getSelectionModel().getSelectedItem();
        List<Tab> wanted = new ArrayList<>();
        Map<String, Tab> kept = new HashMap<>();
        for (PreviewDocument doc : documents) {
            if (many && !opened.contains(doc.path()) && FileTabRule.ofOneWriter(doc)) {
                continue;
            }
            Tab existing = tabs.get(doc.path());
            Tab tab = existing != null ? existing : newTab(doc);
            kept.put(doc.path(), tab);
            wanted.add(tab);
            show(tab, doc, tab == visible);
        }
        tabs.clear();
        tabs.putAll(kept);
        if (many) {
            if (fileList == null) {
                fileList = new FileList(text, this::open);
                filesTab.setContent(fileList);
            }
            fileList.show(List.copyOf(latest.keySet()));
            filesTab.setText(text.get("ui.preview.files.tab", documents.size()));
            wanted.add(filesTab);
        }
        getTabs().stream().filter(t -> !isFileTab(t) && t != filesTab).forEach(wanted::add);
        int shown = getTabs().size();
        if (wanted.size() > shown && wanted.subList(0, shown).equals(getTabs())) {
            // Only tabs after those shown: the tabs shown keep their headers (the first frame's tab, decision 0060).
            getTabs().addAll(wanted.subList(shown, wanted.size()));
        } else if (!wanted.equals(getTabs())) {
            Tab selected = getSelectionModel().getSelectedItem();
            getTabs().setAll(wanted);
            if (selected != null && wanted.contains(selected)) {
                getSelectionModel().select(selected);
            }
        }
    }

    /**
     * Shows only the tab in front: the file {@link FileTabRule#front} picks, which {@code view}, the outline's code
     * view, shows. The view becomes the tab's content, with its header and scroll bars ({@link CodeView#complete});
     * it is set before the tab is added, so that selecting the tab makes no view of its own. The next
     * {@link #update} adds the other tabs after this one and keeps it, its view, caret and scroll position
     * (decisions 0060, 0061).
     */
    public void adoptFront(CodeView view, List<PreviewDocument> documents) {
        FileTabRule.front(documents).ifPresent(doc -> {
            Tab tab = newTab(doc);
            view.setOnCaretElement(ref -> onCaretElement.accept(ref));
            view.complete();
            tab.setContent(view);
            tabs.put(doc.path(), tab);
            latest.clear();
            latest.put(doc.path(), doc);
            show(tab, doc, true);
            getTabs().setAll(tab);
        });
    }

    /**
     * How far below its top the pane shows the code lines of the file in front, below the tab strip and the file's
     * header, as the theme lays them out; 0 when the tab in front shows no file (the grant map).
     */
    public double codeTop() {
        Tab tab = getSelectionModel().getSelectedItem();
        if (tab == null || !(tab.getContent() instanceof CodeView view) || view.area().getScene() == null) {
            return 0;
        }
        return view.area().localToScene(0, 0).getY() - localToScene(0, 0).getY();
    }

    /**
     * Hands new documents of files in the latest output to their tabs, before the rest of the output
     * arrives (decision 0048); a document of a file without a tab only waits in the list.
     */
    public void updateSome(List<PreviewDocument> documents) {
        Tab visible = getSelectionModel().getSelectedItem();
        for (PreviewDocument doc : documents) {
            if (latest.replace(doc.path(), doc) == null) {
                continue;
            }
            Tab tab = tabs.get(doc.path());
            if (tab != null) {
                show(tab, doc, tab == visible);
            }
        }
    }

    private void show(Tab tab, PreviewDocument doc, boolean visible) {
        tab.setText(doc.title());
        tab.getStyleClass().removeAll("size-near", "size-over");
        doc.size().ifPresent(size -> {
            if (size.overLimit()) {
                tab.getStyleClass().add("size-over");
            } else if (size.nearLimit()) {
                tab.getStyleClass().add("size-near");
            }
        });
        tab.getProperties().put(DOCUMENT, doc);
        if (tab.getContent() instanceof CodeView view) {
            view.show(doc, visible);
        } else if (visible) {
            viewOf(tab);
        }
    }

    /** Whether the file at {@code path} is the tab in front (not the grant map or another file). */
    public boolean inView(String path) {
        Tab tab = tabs.get(path);
        return tab != null && tab == getSelectionModel().getSelectedItem();
    }

    /** Shows the file at {@code path} in a tab (opening one when it has none) and selects it; false for a file not in the output. */
    public boolean open(String path) {
        if (!latest.containsKey(path)) {
            return false;
        }
        Tab tab = tabOf(path);
        getSelectionModel().select(tab);
        viewOf(tab);
        return true;
    }

    /** The tab of a file in the latest output, opened (from the file list's files) when it has none. */
    private Tab tabOf(String path) {
        Tab tab = tabs.get(path);
        if (tab == null) {
            opened.add(path);
            update(List.copyOf(latest.values()));
            tab = tabs.get(path);
        }
        return tab;
    }

    /** The paths of every file in the latest output, in the façade's order, with a tab or not. */
    public List<String> allPaths() {
        return List.copyOf(latest.keySet());
    }

    private Tab newTab(PreviewDocument doc) {
        Tab tab = new Tab(doc.title());
        tab.setClosable(opened.contains(doc.path()));
        tab.setOnClosed(e -> {
            opened.remove(doc.path());
            tabs.remove(doc.path());
        });
        tab.setId("preview-" + doc.path().replaceAll("[^A-Za-z0-9_-]", "_"));
        tab.getProperties().put("documentPath", doc.path());
        tab.getProperties().put(DOCUMENT, doc);
        if (tipsLater == null) {
            addTooltip(tab);
        } else {
            tipsLater.add(tab);
        }
        return tab;
    }

    /** The tab's tooltip: the file's path. */
    private static void addTooltip(Tab tab) {
        tab.setTooltip(new Tooltip(documentPath(tab)));
    }

    /** The tab's code view, built with the tab's latest document when first needed. */
    private CodeView viewOf(Tab tab) {
        if (tab.getContent() instanceof CodeView view) {
            return view;
        }
        CodeView view = new CodeView(text);
        view.setOnCaretElement(ref -> onCaretElement.accept(ref));
        view.show((PreviewDocument) tab.getProperties().get(DOCUMENT), tab.isSelected());
        tab.setContent(view);
        return view;
    }

    /** Selects the tab of {@code ref.file()} and highlights the element in it. */
    public boolean highlight(ElementRef ref) {
        for (String path : latest.keySet()) {
            if (PreviewDocument.fileName(path).equals(ref.file())) {
                Tab tab = tabOf(path);
                getSelectionModel().select(tab);
                return viewOf(tab).highlight(ref.element());
            }
        }
        return false;
    }

    /** The view of the file at {@code path}, opening a tab for it when the file list holds it, if the output has the file. */
    public Optional<CodeView> view(String path) {
        return latest.containsKey(path) ? Optional.of(viewOf(tabOf(path))) : Optional.empty();
    }

    /** The paths of the files shown, in tab order. */
    public List<String> paths() {
        return getTabs().stream().filter(PreviewPane::isFileTab).map(PreviewPane::documentPath).toList();
    }

    /** Shows a tab that is not a file (the Diff tab) after the files, and selects it. */
    public void showExtra(Tab tab) {
        if (!getTabs().contains(tab)) {
            getTabs().add(tab);
        }
        getSelectionModel().select(tab);
    }

    /** Shows a tab that is not a file right after the files (before the Diff tab), without selecting it; nothing if it is shown. */
    public void showAfterFiles(Tab tab) {
        if (!getTabs().contains(tab)) {
            getTabs().add((int) getTabs().stream().filter(PreviewPane::isFileTab).count(), tab);
        }
    }

    public void removeExtra(Tab tab) {
        getTabs().remove(tab);
    }

    private static boolean isFileTab(Tab tab) {
        return tab.getProperties().containsKey("documentPath");
    }

    private static String documentPath(Tab tab) {
        return (String) tab.getProperties().get("documentPath");
    }
}
