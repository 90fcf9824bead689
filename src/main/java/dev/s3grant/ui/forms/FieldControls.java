package dev.s3grant.ui.forms;

import dev.s3grant.ui.i18n.EnumTexts;
import dev.s3grant.ui.i18n.UiText;
import java.util.List;
import java.util.function.Function;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.util.StringConverter;

/** Controls bound to field models: the view side of each kind of field. */
public final class FieldControls {

    private FieldControls() {
    }

    public static TextField textField(FieldModel<String> model) {
        TextField field = new TypingTextField();
        field.textProperty().bindBidirectional(model.valueProperty());
        field.setPrefColumnCount(18);
        return field;
    }

    /** A check box labelled with the field's text. */
    public static CheckBox checkBox(FieldModel<Boolean> model, UiText text) {
        CheckBox box = new CheckBox();
        box.textProperty().bind(text.text(model.textKey()));
        box.selectedProperty().bindBidirectional(model.valueProperty());
        box.setWrapText(true);
        return box;
    }

    /** A drop-down of enum values, each named in the current language. */
    public static <E extends Enum<E>> ComboBox<E> choice(FieldModel<E> model, E[] values, UiText text) {
        ComboBox<E> box = new ComboBox<>();
        box.getItems().setAll(values);
        box.valueProperty().bindBidirectional(model.valueProperty());
        Runnable names = () -> {
            box.setConverter(new StringConverter<>() {
                @Override
                public String toString(E value) {
                    return value == null ? "" : text.get(EnumTexts.key(value));
                }

                @Override
                public E fromString(String s) {
                    return null;
                }
            });
            box.setCellFactory(list -> new NamedCell<>(text));
            box.setButtonCell(new NamedCell<>(text));
        };
        text.languageProperty().addListener((o, old, v) -> names.run());
        names.run();
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    /** A list cell that names an enum value in the current language. */
    private static final class NamedCell<E extends Enum<E>> extends ListCell<E> {
        private final UiText text;

        NamedCell(UiText text) {
            this.text = text;
        }

        @Override
        protected void updateItem(E item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : text.get(EnumTexts.key(item)));
        }
    }

    /** Radio buttons, one per value, named by {@code keyOf}; the group follows the model both ways. */
    public static <T> FlowPane radios(FieldModel<T> model, List<T> values, Function<T, String> keyOf, UiText text) {
        ToggleGroup group = new ToggleGroup();
        FlowPane pane = new FlowPane(12, 4);
        pane.getStyleClass().add("radio-row");
        pane.getProperties().put(MarkDecoration.PATH, model.path());
        for (T value : values) {
            RadioButton radio = new RadioButton();
            radio.textProperty().bind(text.text(keyOf.apply(value)));
            radio.setUserData(value);
            radio.setToggleGroup(group);
            radio.setId(MarkDecoration.idOf(model.path() + "." + value));
            pane.getChildren().add(radio);
        }
        Runnable select = () -> group.getToggles().stream()
                .filter(t -> t.getUserData().equals(model.getValue()))
                .findFirst()
                .ifPresent(t -> t.setSelected(true));
        select.run();
        model.valueProperty().addListener((o, old, v) -> select.run());
        group.selectedToggleProperty().addListener((o, old, v) -> {
            if (v == null) {
                select.run();
            } else {
                @SuppressWarnings("unchecked")
                T value = (T) v.getUserData();
                model.setValue(value);
            }
        });
        return pane;
    }
}
