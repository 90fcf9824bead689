package dev.s3grant.ui.forms;

import javafx.beans.property.ReadOnlyObjectProperty;

/** Something in the forms that findings can point at, by its design path. */
public interface Markable {

    /** The design path it shows, such as {@code bucket.name} or {@code writers[1].principals.services}. */
    String path();

    /** The mark now shown, or {@code null}. */
    ReadOnlyObjectProperty<FieldMark> markProperty();

    void setFindingMark(FieldMark mark);
}
