package dev.s3grant.ui.forms;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** A markable place that is not a single field: a list (writers, prefixes) or a group (services). */
public final class MarkHolder implements Markable {

    private final String path;
    private final String labelKey;
    private final ReadOnlyObjectWrapper<FieldMark> mark = new ReadOnlyObjectWrapper<>(this, "mark");

    public MarkHolder(String path) {
        this(path, null);
    }

    /** @param labelKey the key of the label the form shows for the place, or {@code null} when it has none */
    public MarkHolder(String path, String labelKey) {
        this.path = path;
        this.labelKey = labelKey;
    }

    /** The key of the form's label for this place, or {@code null}. */
    public String labelKey() {
        return labelKey;
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public ReadOnlyObjectProperty<FieldMark> markProperty() {
        return mark.getReadOnlyProperty();
    }

    @Override
    public void setFindingMark(FieldMark value) {
        mark.set(value);
    }
}
