package dev.s3grant.ui.forms;

import dev.s3grant.model.DesignField;
import dev.s3grant.ui.i18n.UiText;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;

/**
 * The writers: one pane per writer, rebuilt when writers are added or removed, and an add button
 * that puts the caret in the new writer's first field.
 */
public final class WritersSection extends TitledPane {

    private final FormsViewModel forms;
    private final UiText text;
    private final VBox panes = new VBox(6);
    private final Label empty;

    public WritersSection(FormsViewModel forms, UiText text) {
        this.forms = forms;
        this.text = text;
        textProperty().bind(text.text("ui.section.writers"));
        getStyleClass().addAll("form-section", "writers-section");
        setAnimated(false);
        empty = ListEditorParts.emptyHint("ui.writers.empty", text);
        setContent(new VBox(8, panes,
                ListEditorParts.addFooter("ui.writers.add", "ui.writers.add.tip", "writer-add", this::addWriter,
                        forms.writersMark(), text)));
        forms.writers().addListener((ListChangeListener<WriterModel>) c -> rebuild());
        rebuild();
    }

    /** Adds a writer, then focuses its alias, scrolled into view, so that the user types straight into it. */
    private void addWriter() {
        forms.addWriter();
        String path = DesignField.WRITER_ALIAS.path(forms.writers().size() - 1);
        FormsView.find(panes, path).ifPresent(field -> {
            for (Parent p = getParent(); p != null; p = p.getParent()) {
                if (p instanceof FormsView view) {
                    view.reveal(field);
                }
            }
            field.requestFocus();
        });
    }

    private void rebuild() {
        panes.getChildren().clear();
        if (forms.writers().isEmpty()) {
            panes.getChildren().add(empty);
        }
        for (WriterModel w : forms.writers()) {
            panes.getChildren().add(new WriterPane(w, forms, text));
        }
    }
}
