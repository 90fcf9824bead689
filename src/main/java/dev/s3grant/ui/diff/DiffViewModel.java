package dev.s3grant.ui.diff;

import dev.s3grant.diff.DiffResult;
import dev.s3grant.diff.FileDiff;
import dev.s3grant.diff.FilePresence;
import dev.s3grant.diff.RowKind;
import dev.s3grant.diff.RowRegion;
import dev.s3grant.diff.SideBySideRow;
import dev.s3grant.diff.TextDiff;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the diff view: the result shown, the selected file, the toggles, and the rows to show
 * for them (unchanged regions folded unless expanded). Touches no node, so it is tested without a
 * toolkit.
 */
public final class DiffViewModel {

    /** Unchanged rows kept open around each change. */
    public static final int CONTEXT = 3;

    // Properties
    private final ObjectProperty<DiffResult> result = new SimpleObjectProperty<>(new DiffResult(List.of()));
    private final ObjectProperty<FileDiff> selectedFile = new SimpleObjectProperty<>();
    private final BooleanProperty unified = new SimpleBooleanProperty(false);
    private final BooleanProperty ignoreFormatting = new SimpleBooleanProperty(false);
    private final ObservableList<FileDiff> files = FXCollections.observableArrayList();
    private final ObservableList<DisplayRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Integer> currentRow = new ReadOnlyObjectWrapper<>(-1);
    private final Set<RowRegion> expanded = new HashSet<>();

    public DiffViewModel() {
        result.addListener((o, old, now) -> refreshFiles());
        selectedFile.addListener((o, old, now) -> {
            expanded.clear();
            rebuild();
        });
        unified.addListener((o, old, now) -> rebuild());
        ignoreFormatting.addListener((o, old, now) -> refreshFiles());
    }

    public ObjectProperty<DiffResult> resultProperty() {
        return result;
    }

    public ObjectProperty<FileDiff> selectedFileProperty() {
        return selectedFile;
    }

    public BooleanProperty unifiedProperty() {
        return unified;
    }

    public BooleanProperty ignoreFormattingProperty() {
        return ignoreFormatting;
    }

    /** The files to list: all, or without those that differ only in formatting when that is ignored. */
    public ObservableList<FileDiff> files() {
        return files;
    }

    public ObservableList<DisplayRow> rows() {
        return rows;
    }

    /** The row F7 or Shift+F7 moved to, or -1. */
    public ReadOnlyObjectProperty<Integer> currentRowProperty() {
        return currentRow.getReadOnlyProperty();
    }

    // Commands

    /** Moves to the next change after the current row (F7); stays when there is none. */
    public void nextChange() {
        for (int i = currentRow.get() + 1; i < rows.size(); i++) {
            if (rows.get(i).changeStart()) {
                currentRow.set(i);
                return;
            }
        }
    }

    /** Moves to the change before the current row (Shift+F7). */
    public void previousChange() {
        for (int i = Math.min(currentRow.get(), rows.size()) - 1; i >= 0; i--) {
            if (rows.get(i).changeStart()) {
                currentRow.set(i);
                return;
            }
        }
    }

    /** Shows the rows of a collapsed region. */
    public void expand(RowRegion region) {
        expanded.add(region);
        rebuild();
    }

    private void refreshFiles() {
        FileDiff selected = selectedFile.get();
        List<FileDiff> shown = result.get().files().stream()
                .filter(f -> !ignoreFormatting.get() || !f.identicalInMeaning())
                .toList();
        files.setAll(shown);
        selectedFile.set(shown.stream().filter(f -> selected != null && f.path().equals(selected.path())).findFirst()
                .orElseGet(() -> firstToShow(shown)));
        rebuild();
    }

    /** The first file that exists on both sides and differs: what the user compares for; else the first file. */
    static FileDiff firstToShow(List<FileDiff> files) {
        return files.stream().filter(f -> f.presence() == FilePresence.BOTH && f.text().hasChanges()).findFirst()
                .orElse(files.isEmpty() ? null : files.get(0));
    }

    private void rebuild() {
        currentRow.set(-1);
        FileDiff file = selectedFile.get();
        if (file == null) {
            rows.clear();
            return;
        }
        TextDiff text = file.text();
        Set<Integer> starts = new HashSet<>(text.changeStarts());
        List<DisplayRow> out = new ArrayList<>();
        List<DisplayRow> pendingAdded = new ArrayList<>();
        for (RowRegion region : text.regions(CONTEXT)) {
            if (region.collapsed() && !expanded.contains(region)) {
                out.addAll(pendingAdded);
                pendingAdded.clear();
                out.add(new DisplayRow.Collapsed(region));
                continue;
            }
            for (int i = region.from(); i < region.to(); i++) {
                add(out, pendingAdded, text.rows().get(i), i, starts.contains(i));
            }
        }
        out.addAll(pendingAdded);
        rows.setAll(out);
    }

    /**
     * Adds a row. In the unified view, as in {@code diff -u}, the removed lines of a run of changes
     * come first and its added lines after them.
     */
    private void add(List<DisplayRow> out, List<DisplayRow> pendingAdded, SideBySideRow row, int index, boolean changeStart) {
        if (!unified.get()) {
            out.add(new DisplayRow.Pair(row, index, changeStart));
            return;
        }
        if (row.kind() == RowKind.EQUAL) {
            out.addAll(pendingAdded);
            pendingAdded.clear();
            out.add(new DisplayRow.Unified(' ', row.newSide().number(), row.newSide().segments(), RowKind.EQUAL, false));
            return;
        }
        boolean startsHere = changeStart;
        if (row.oldSide().present()) {
            out.add(new DisplayRow.Unified('-', row.oldSide().number(), row.oldSide().segments(), RowKind.DELETED, startsHere));
            startsHere = false;
        }
        if (row.newSide().present()) {
            if (startsHere) {
                out.add(new DisplayRow.Unified('+', row.newSide().number(), row.newSide().segments(), RowKind.INSERTED, true));
            } else {
                pendingAdded.add(new DisplayRow.Unified('+', row.newSide().number(), row.newSide().segments(), RowKind.INSERTED, false));
            }
        }
    }
}
