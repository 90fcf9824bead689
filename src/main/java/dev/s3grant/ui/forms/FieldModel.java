package dev.s3grant.ui.forms;

import dev.s3grant.analysis.Severity;
import dev.s3grant.model.Design;
import dev.s3grant.model.Message;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * One form field: its value as a JavaFX property, how it reads from and writes into a design, its
 * help key, and the mark findings put on it. A value the user sets is sent to the
 * {@link DesignEditor}; {@link #refresh(Design)} sets the value from a design without sending it back.
 */
public final class FieldModel<T> implements Markable {

    private final String path;
    private final String textKey;
    private final String tipKey;
    private final Function<Design, T> read;
    private final BiFunction<Design, T, Design> write;
    private final Function<T, Optional<Message>> localCheck;
    private final ObjectProperty<T> value = new SimpleObjectProperty<>(this, "value");
    private final ReadOnlyObjectWrapper<FieldMark> mark = new ReadOnlyObjectWrapper<>(this, "mark");
    private FieldMark findingMark;
    private boolean refreshing;
    private boolean required;

    FieldModel(String path, String textKey, String tipKey, Design initial, DesignEditor editor,
               Function<Design, T> read, BiFunction<Design, T, Design> write,
               Function<T, Optional<Message>> localCheck) {
        this.path = Objects.requireNonNull(path);
        this.textKey = Objects.requireNonNull(textKey);
        this.tipKey = Objects.requireNonNull(tipKey);
        this.read = read;
        this.write = write;
        this.localCheck = localCheck;
        value.set(read.apply(initial));
        value.addListener((o, old, v) -> {
            updateMark();
            if (!refreshing) {
                editor.edit(path, v instanceof String, d -> write.apply(d, v));
            }
        });
        updateMark();
    }

    static <T> FieldModel<T> of(String path, String textKey, String tipKey, Design initial, DesignEditor editor,
                                Function<Design, T> read, BiFunction<Design, T, Design> write) {
        return new FieldModel<>(path, textKey, tipKey, initial, editor, read, write, v -> Optional.empty());
    }

    /** Marks the field as one the design cannot do without: its empty control says "required". */
    FieldModel<T> required() {
        required = true;
        return this;
    }

    /** True when the design cannot do without a value here (an account ID, a role name, the bucket name). */
    public boolean isRequired() {
        return required;
    }

    @Override
    public String path() {
        return path;
    }

    /** The key of the field's label. */
    public String textKey() {
        return textKey;
    }

    /** The key of the field's help, shown as its tooltip. */
    public String tipKey() {
        return tipKey;
    }

    public ObjectProperty<T> valueProperty() {
        return value;
    }

    public T getValue() {
        return value.get();
    }

    /** Sets the value as if the user had entered it. */
    public void setValue(T v) {
        value.set(v);
    }

    @Override
    public ReadOnlyObjectProperty<FieldMark> markProperty() {
        return mark.getReadOnlyProperty();
    }

    @Override
    public void setFindingMark(FieldMark m) {
        findingMark = m;
        updateMark();
    }

    /** Shows the design's value without sending an edit. */
    public void refresh(Design design) {
        T v = read.apply(design);
        if (Objects.equals(v, value.get())) {
            return;
        }
        refreshing = true;
        try {
            value.set(v);
        } finally {
            refreshing = false;
        }
    }

    Design writeInto(Design design, T v) {
        return write.apply(design, v);
    }

    private void updateMark() {
        Optional<Message> local = localCheck.apply(value.get());
        mark.set(local.map(m -> new FieldMark(Severity.ERROR, "", m)).orElse(findingMark));
    }
}
