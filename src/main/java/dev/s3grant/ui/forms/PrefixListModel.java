package dev.s3grant.ui.forms;

import dev.s3grant.model.Design;
import dev.s3grant.model.DesignField;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The bucket's key prefixes: one field per prefix ({@code bucket.keyPrefixes[i]}), plus add and remove. */
public final class PrefixListModel {

    public static final String PATH = DesignField.KEY_PREFIXES.path();

    private final DesignEditor editor;
    private final ObservableList<FieldModel<String>> rows = FXCollections.observableArrayList();
    private final ObservableList<FieldModel<String>> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final MarkHolder mark = new MarkHolder(PATH, "ui.field.bucket.prefixes");

    PrefixListModel(Design initial, DesignEditor editor) {
        this.editor = editor;
        rebuild(initial);
    }

    public ObservableList<FieldModel<String>> rows() {
        return readOnlyRows;
    }

    /** Findings about the list as a whole, such as overlapping prefixes. */
    public MarkHolder mark() {
        return mark;
    }

    public void add() {
        editor.edit(PATH + "+", d -> DesignEdits.addPrefix(d, ""));
    }

    public void remove(int index) {
        editor.edit(PATH + "-", d -> DesignEdits.removePrefix(d, index));
    }

    void refresh(Design d, String origin) {
        if (d.bucket().keyPrefixes().size() != rows.size()) {
            rebuild(d);
            return;
        }
        for (FieldModel<String> row : rows) {
            if (!row.path().equals(origin)) {
                row.refresh(d);
            }
        }
    }

    private void rebuild(Design d) {
        List<FieldModel<String>> fresh = new ArrayList<>();
        for (int i = 0; i < d.bucket().keyPrefixes().size(); i++) {
            int index = i;
            fresh.add(FieldModel.of(DesignField.KEY_PREFIXES.path(i), "ui.field.bucket.prefix", "ui.field.bucket.prefix.tip", d, editor,
                    x -> index < x.bucket().keyPrefixes().size() ? x.bucket().keyPrefixes().get(index) : "",
                    (x, v) -> DesignEdits.withPrefix(x, index, v)));
        }
        rows.setAll(fresh);
    }

    List<Markable> markables() {
        List<Markable> all = new ArrayList<>(rows);
        all.add(mark);
        return all;
    }
}
