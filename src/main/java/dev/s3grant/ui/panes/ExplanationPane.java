package dev.s3grant.ui.panes;

import dev.s3grant.model.Language;
import dev.s3grant.model.Message;
import dev.s3grant.explain.Localizer;
import dev.s3grant.ui.i18n.MessageRenderer;
import dev.s3grant.ui.i18n.UiText;
import dev.s3grant.ui.preview.ElementRef;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The explanation of the selected statement or resource (or the design's overview when nothing is
 * selected), in 日本語, English, or both side by side. Switching the window's language switches
 * the pane to it, unless the pane shows both.
 */
public final class ExplanationPane extends BorderPane {

    private final UiText text;
    private final LinkOpener links;
    private final ObjectProperty<ExplanationLanguage> mode = new SimpleObjectProperty<>(this, "mode");
    private final Label subject = new Label();
    private final HBox columns = new HBox(12);
    private Optional<Explanation> shown = Optional.empty();
    private ElementRef selected;

    public ExplanationPane(UiText text, LinkOpener links) {
        this.text = text;
        this.links = links;
        getStyleClass().add("explanation-pane");
        setId("explanation-pane");
        mode.set(text.language() == Language.JA ? ExplanationLanguage.JA : ExplanationLanguage.EN);

        ToggleGroup group = new ToggleGroup();
        HBox choices = new HBox(10);
        for (ExplanationLanguage l : ExplanationLanguage.values()) {
            RadioButton radio = new RadioButton();
            switch (l) {
                case JA -> radio.setText("日本語");
                case EN -> radio.setText("English");
                case BOTH -> radio.textProperty().bind(text.text("ui.explanation.both"));
            }
            radio.setUserData(l);
            radio.setToggleGroup(group);
            radio.setId("explanation-" + l.name().toLowerCase());
            radio.setSelected(l == mode.get());
            choices.getChildren().add(radio);
        }
        group.selectedToggleProperty().addListener((o, old, v) -> {
            if (v != null) {
                mode.set((ExplanationLanguage) v.getUserData());
            }
        });
        mode.addListener((o, old, v) -> {
            group.getToggles().stream().filter(t -> t.getUserData() == v).findFirst().ifPresent(t -> t.setSelected(true));
            render();
        });
        text.languageProperty().addListener((o, old, v) -> {
            if (mode.get() != ExplanationLanguage.BOTH) {
                mode.set(v == Language.JA ? ExplanationLanguage.JA : ExplanationLanguage.EN);
            }
            render();
        });
        subject.getStyleClass().add("explanation-subject");
        subject.setMinWidth(0);
        choices.setMinWidth(Region.USE_PREF_SIZE);
        HBox header = new HBox(12, subject, new Region(), choices);
        HBox.setHgrow(header.getChildren().get(1), Priority.ALWAYS);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(4, 6, 4, 6));
        setTop(header);
        ScrollPane scroll = new ScrollPane(columns);
        scroll.setFitToWidth(true);
        setCenter(scroll);
        render();
    }

    public ObjectProperty<ExplanationLanguage> modeProperty() {
        return mode;
    }

    /** Shows {@code explanation} of {@code ref} (null: the overview); empty when none is available. */
    public void show(ElementRef ref, Optional<Explanation> explanation) {
        this.selected = ref;
        this.shown = explanation;
        render();
    }

    private void render() {
        subject.setText(selected == null ? text.get("ui.explanation.overview") : selected.toString());
        columns.getChildren().clear();
        switch (mode.get()) {
            case JA -> columns.getChildren().add(column(Language.JA));
            case EN -> columns.getChildren().add(column(Language.EN));
            case BOTH -> columns.getChildren().addAll(column(Language.JA), column(Language.EN));
        }
    }

    private VBox column(Language language) {
        Localizer l = Localizer.of(language);
        VBox box = new VBox(6);
        box.getStyleClass().add("explanation-column");
        box.setPadding(new Insets(6));
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setPrefWidth(10);
        if (shown.isEmpty()) {
            box.getChildren().add(wrapped(l.text(selected == null ? "ui.explanation.selectHint" : "ui.explanation.none"), "hint"));
            return box;
        }
        Explanation e = shown.get();
        if (!e.isOverview()) {
            box.getChildren().add(wrapped(MessageRenderer.render(l, e.heading()), "explanation-heading"));
        }
        for (Explanation.Paragraph p : e.paragraphs()) {
            String label = p.label() == null ? "" : MessageRenderer.render(l, p.label());
            if (!label.isEmpty() && p.code().isEmpty() && p.texts().size() == 1) {
                box.getChildren().add(wrapped(label + separator(l) + MessageRenderer.render(l, p.texts().get(0)),
                        "explanation-text"));
                continue;
            }
            if (!label.isEmpty()) {
                box.getChildren().add(wrapped(label, "explanation-label"));
            }
            if (!p.code().isEmpty()) {
                box.getChildren().add(wrapped(p.code(), "explanation-code"));
            }
            for (Message text : p.texts()) {
                box.getChildren().add(wrapped((p.texts().size() > 1 ? "\u2022 " : "") + MessageRenderer.render(l, text),
                        "explanation-text"));
            }
        }
        for (String url : e.links()) {
            Hyperlink link = new Hyperlink(url);
            link.setOnAction(ev -> links.open(url));
            link.getStyleClass().add("explanation-link");
            box.getChildren().add(link);
        }
        return box;
    }

    private static String separator(Localizer l) {
        return l.has("explain.label.separator") ? l.text("explain.label.separator") : ": ";
    }

    private static Label wrapped(String s, String styleClass) {
        Label label = new Label(s);
        label.setWrapText(true);
        label.getStyleClass().add(styleClass);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    /** Everything the pane shows now, for tests. */
    public String shownText() {
        StringBuilder all = new StringBuilder(subject.getText());
        columns.getChildren().forEach(c -> ((VBox) c).getChildren().forEach(n -> {
            if (n instanceof Label label) {
                all.append('\n').append(label.getText());
            } else if (n instanceof Hyperlink link) {
                all.append('\n').append(link.getText());
            }
        }));
        return all.toString();
    }
}
