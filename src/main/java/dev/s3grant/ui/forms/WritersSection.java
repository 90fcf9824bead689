package dev.s3grant.ui.forms;

import dev.s3grant.model.DesignField;
import dev.s3grant.ui.i18n.UiText;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The writers as a list and the editor of the selected one (master-detail): the list is virtualized
 * (a {@link ListView} makes cells for the visible rows only), so a design with hundreds of writers
 * costs the form one editor, not one per writer. "Add writer" selects the new writer and puts the
 * caret in its first field; a finding about a writer's field selects that writer first.
 */
public final class WritersSection extends TitledPane {

    /** Rows the list shows before it scrolls. */
    static final int VISIBLE_ROWS = 8;
    private static final double ROW_HEIGHT = 26;
    private static final Pattern WRITER_PATH = Pattern.compile("^writers\\[(\\d+)]");

    private final FormsViewModel forms;
    private final UiText text;
    private final ListView<WriterModel> list = new ListView<>();
    private final StackPane editor = new StackPane();
    private final Label empty;
    /** The writer to select when the list is next rebuilt, or -1 to keep the selection's place. */
    private int wanted = -1;
    private int selected;

    public WritersSection(FormsViewModel forms, UiText text) {
        this.forms = forms;
        this.text = text;
        textProperty().bind(text.text("ui.section.writers"));
        getStyleClass().addAll("form-section", "writers-section");
        setAnimated(false);
        empty = ListEditorParts.emptyHint("ui.writers.empty", text);

        list.setId("writer-list");
        list.getStyleClass().add("writer-list");
        list.setItems(forms.writers());
        list.setCellFactory(l -> new WriterListCell(text));
        list.setFixedCellSize(ROW_HEIGHT);
        list.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.min(Math.max(forms.writers().size(), 1), VISIBLE_ROWS) * ROW_HEIGHT + 4, forms.writers()));
        list.getSelectionModel().selectedIndexProperty().addListener((o, old, index) -> {
            if (index.intValue() >= 0) {
                selected = index.intValue();
                showEditor();
            }
        });
        setContent(new VBox(8, list, editor,
                ListEditorParts.addFooter("ui.writers.add", "ui.writers.add.tip", "writer-add", this::addWriter,
                        forms.writersMark(), text)));
        forms.writers().addListener((ListChangeListener<WriterModel>) c -> writersChanged());
        writersChanged();
    }

    /** Selects the writer at {@code index} and shows its editor; false when there is none. */
    public boolean show(int index) {
        if (index < 0 || index >= forms.writers().size()) {
            return false;
        }
        list.getSelectionModel().select(index);
        list.scrollTo(index);
        selected = index;
        showEditor();
        return true;
    }

    /** Selects the writer a design path such as {@code writers[3].roleName} names, if it names one. */
    void showWriterOf(String path) {
        Matcher m = WRITER_PATH.matcher(path);
        if (m.find()) {
            show(Integer.parseInt(m.group(1)));
        }
    }

    /** Adds a writer, selects it and focuses its alias, scrolled into view, so that the user types straight into it. */
    private void addWriter() {
        wanted = forms.writers().size();
        forms.addWriter();
        wanted = -1;
        String path = DesignField.WRITER_ALIAS.path(forms.writers().size() - 1);
        FormsView.find(editor, path).ifPresent(field -> {
            for (Parent p = getParent(); p != null; p = p.getParent()) {
                if (p instanceof FormsView view) {
                    view.reveal(field);
                }
            }
            field.requestFocus();
        });
    }

    /** The writers were rebuilt (added, removed, a design loaded): select the wanted one, or the one at the same place. */
    private void writersChanged() {
        int size = forms.writers().size();
        if (size == 0) {
            editor.getChildren().setAll(empty);
            return;
        }
        show(Math.min(wanted >= 0 ? wanted : selected, size - 1));
    }

    private void showEditor() {
        WriterModel writer = forms.writers().get(selected);
        if (!editor.getChildren().isEmpty() && editor.getChildren().get(0) instanceof WriterPane pane && pane.writer() == writer) {
            return;
        }
        editor.getChildren().setAll(new WriterPane(writer, forms, text));
    }
}
