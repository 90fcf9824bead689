package dev.s3grant.ui.panes;

import dev.s3grant.model.Language;
import dev.s3grant.model.Message;
import dev.s3grant.text.Localizer;
import dev.s3grant.ui.common.UncachedViewport;
import dev.s3grant.ui.i18n.ArnPlaceholders;
import dev.s3grant.ui.i18n.UiText;
import dev.s3grant.ui.preview.ElementRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
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
    private List<List<Item>> shownItems = List.of();
    private int renders;

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
        ScrollPane scroll = UncachedViewport.of(new ScrollPane(columns));
        scroll.setFitToWidth(true);
        setCenter(scroll);
        render();
    }

    public ObjectProperty<ExplanationLanguage> modeProperty() {
        return mode;
    }

    /** Shows {@code explanation} of {@code ref} (null: the overview); empty when none is available. */
    public void show(ElementRef ref, Optional<Explanation> explanation) {
        if (Objects.equals(ref, selected) && explanation.equals(shown) && !columns.getChildren().isEmpty()) {
            return;
        }
        this.selected = ref;
        this.shown = explanation;
        render();
    }

    /** One line of a column: a label with its style class, or a link. */
    private record Item(String text, String styleClass, String url) {

        static Item label(String text, String styleClass) {
            return new Item(text, styleClass, null);
        }

        static Item link(String url) {
            return new Item(url, "explanation-link", url);
        }

        boolean sameKind(Item other) {
            return styleClass.equals(other.styleClass) && (url == null) == (other.url == null);
        }
    }

    /**
     * Shows the items of the chosen languages. When the columns hold the same kinds of lines as
     * before (a design edit that changes values, not the shape), only the texts that changed are
     * set: new nodes would need their styles and layout computed again on every keystroke.
     */
    private void render() {
        renders++;
        subject.setText(selected == null ? text.get("ui.explanation.overview") : selected.toString());
        List<List<Item>> wanted = switch (mode.get()) {
            case JA -> List.of(items(Language.JA));
            case EN -> List.of(items(Language.EN));
            case BOTH -> List.of(items(Language.JA), items(Language.EN));
        };
        if (sameShape(wanted)) {
            for (int c = 0; c < wanted.size(); c++) {
                List<Node> nodes = ((VBox) columns.getChildren().get(c)).getChildren();
                for (int i = 0; i < wanted.get(c).size(); i++) {
                    update(nodes.get(i), wanted.get(c).get(i));
                }
            }
        } else {
            columns.getChildren().setAll(wanted.stream().map(this::column).toList());
        }
        shownItems = wanted;
    }

    private boolean sameShape(List<List<Item>> wanted) {
        if (shownItems.size() != wanted.size()) {
            return false;
        }
        for (int c = 0; c < wanted.size(); c++) {
            List<Item> now = wanted.get(c);
            List<Item> before = shownItems.get(c);
            if (now.size() != before.size()) {
                return false;
            }
            for (int i = 0; i < now.size(); i++) {
                if (!now.get(i).sameKind(before.get(i))) {
                    return false;
                }
            }
        }
        return true;
    }

    private List<Item> items(Language language) {
        Localizer l = Localizer.of(language);
        List<Item> items = new ArrayList<>();
        if (shown.isEmpty()) {
            items.add(Item.label(l.text(selected == null ? "ui.explanation.selectHint" : "ui.explanation.none"), "hint"));
            return items;
        }
        Explanation e = shown.get();
        if (!e.isOverview()) {
            items.add(Item.label(shown(l.render(e.heading()), l), "explanation-heading"));
        }
        for (Explanation.Paragraph p : e.paragraphs()) {
            String label = p.label() == null ? "" : l.render(p.label());
            if (!label.isEmpty() && p.code().isEmpty() && p.texts().size() == 1) {
                items.add(Item.label(shown(label + separator(l) + l.render(p.texts().get(0)), l), "explanation-text"));
                continue;
            }
            if (!label.isEmpty()) {
                items.add(Item.label(label, "explanation-label"));
            }
            if (!p.code().isEmpty()) {
                items.add(Item.label(shown(p.code(), l), "explanation-code"));
            }
            for (Message text : p.texts()) {
                items.add(Item.label(shown((p.texts().size() > 1 ? "\u2022 " : "") + l.render(text), l),
                        "explanation-text"));
            }
        }
        e.links().forEach(url -> items.add(Item.link(url)));
        return items;
    }

    private VBox column(List<Item> items) {
        VBox box = new VBox(6);
        box.getStyleClass().add("explanation-column");
        box.setPadding(new Insets(6));
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setPrefWidth(10);
        for (Item item : items) {
            box.getChildren().add(item.url() == null ? wrapped(item.text(), item.styleClass()) : link(item.url()));
        }
        return box;
    }

    private void update(Node node, Item item) {
        if (node instanceof Hyperlink link) {
            link.setText(item.url());
            link.setOnAction(ev -> links.open(item.url()));
        } else {
            ((Label) node).setText(item.text());
        }
    }

    private Hyperlink link(String url) {
        Hyperlink link = new Hyperlink(url);
        link.setOnAction(ev -> links.open(url));
        link.getStyleClass().add("explanation-link");
        return link;
    }

    /** An ARN still missing a part shows a placeholder there, never {@code arn:aws:iam:::role/}. */
    private static String shown(String s, Localizer l) {
        return ArnPlaceholders.fill(s, l);
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

    /** How often the pane set what it shows: a test sees that typing does not redraw it on every keystroke. */
    public int renders() {
        return renders;
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
