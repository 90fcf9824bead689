package dev.s3grant.ui.forms;

import dev.s3grant.ui.i18n.UiText;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The writers: one pane per writer, rebuilt when writers are added or removed, and an add button. */
public final class WritersSection extends TitledPane {

    private final FormsViewModel forms;
    private final UiText text;
    private final VBox panes = new VBox(6);
    private final Label empty = new Label();

    public WritersSection(FormsViewModel forms, UiText text) {
        this.forms = forms;
        this.text = text;
        textProperty().bind(text.text("ui.section.writers"));
        getStyleClass().addAll("form-section", "writers-section");
        setAnimated(false);
        empty.textProperty().bind(text.text("ui.writers.empty"));
        empty.getStyleClass().add("hint");
        Button add = new Button();
        add.textProperty().bind(text.text("ui.writers.add"));
        MarkDecoration.install(add, "ui.writers.add.tip", text);
        add.setId("writer-add");
        add.setOnAction(e -> forms.addWriter());
        HBox footer = new HBox(6, add, MarkDecoration.groupIcon(forms.writersMark(), text));
        footer.setAlignment(Pos.CENTER_LEFT);
        setContent(new VBox(8, panes, footer));
        forms.writers().addListener((ListChangeListener<WriterModel>) c -> rebuild());
        rebuild();
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
