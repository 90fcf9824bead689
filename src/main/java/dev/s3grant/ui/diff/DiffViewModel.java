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
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
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
    private final ReadOnlyIntegerWrapper changeNumber = new ReadOnlyIntegerWrapper(this, "changeNumber");
    private final ReadOnlyIntegerWrapper changeCount = new ReadOnlyIntegerWrapper(this, "changeCount");
    private final Set<RowRegion> expanded = new HashSet<>();
    /** The rows where a change starts, in order: where F7 and Shift+F7 stop. */
    private List<Integer> changeRows = List.of();

    public DiffViewModel() {
        result.addListener((o, old, now) -> refreshFiles());
        selectedFile.addListener((o, old, now) -> {
            expanded.clear();
            // A new result for the same file keeps the change shown; another file starts at its first change.
            rebuild(old != null && now != null && old.path().equals(now.path()));
        });
        unified.addListener((o, old, now) -> rebuild(false));
        ignoreFormatting.addListener((o, old, now) -> refreshFiles());
        currentRow.addListener((o, old, now) -> changeNumber.set(changeRows.indexOf(now) + 1));
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

    /** Which change of the file is shown, counted from 1 ("change 3 of 7"); 0 when none is. */
    public ReadOnlyIntegerProperty changeNumberProperty() {
        return changeNumber.getReadOnlyProperty();
    }

    /** How many changes the shown file has. */
    public ReadOnlyIntegerProperty changeCountProperty() {
        return changeCount.getReadOnlyProperty();
    }

    // Commands

    /**
     * Moves to the next change after the current row (F7); after a file's last change, to the first
     * change of the next file that has one. Stays when there is none.
     */
    public void nextChange() {
        for (int row : changeRows) {
            if (row > currentRow.get()) {
                currentRow.set(row);
                return;
            }
        }
        int at = files.indexOf(selectedFile.get());
        for (int i = at + 1; i < files.size(); i++) {
            if (files.get(i).text().hasChanges()) {
                selectedFile.set(files.get(i));
                return;
            }
        }
    }

    /**
     * Moves to the change before the current row (Shift+F7); before a file's first change, to the
     * last change of the previous file that has one.
     */
    public void previousChange() {
        for (int i = changeRows.size() - 1; i >= 0; i--) {
            if (changeRows.get(i) < currentRow.get()) {
                currentRow.set(changeRows.get(i));
                return;
            }
        }
        int at = files.indexOf(selectedFile.get());
        for (int i = at - 1; i >= 0; i--) {
            if (files.get(i).text().hasChanges()) {
                selectedFile.set(files.get(i));
                if (!changeRows.isEmpty()) {
                    currentRow.set(changeRows.get(changeRows.size() - 1));
                }
                return;
            }
        }
    }

    /** Shows the rows of a collapsed region. */
    public void expand(RowRegion region) {
        expanded.add(region);
        rebuild(true);
    }

    private void refreshFiles() {
        FileDiff selected = selectedFile.get();
        List<FileDiff> shown = result.get().files().stream()
                .filter(f -> !ignoreFormatting.get() || !f.identicalInMeaning())
                .toList();
        files.setAll(shown);
        selectedFile.set(shown.stream().filter(f -> selected != null && f.path().equals(selected.path())).findFirst()
                .orElseGet(() -> firstToShow(shown)));
        rebuild(true);
    }

    /** The first file that exists on both sides and differs: what the user compares for; else the first file. */
    static FileDiff firstToShow(List<FileDiff> files) {
        return files.stream().filter(f -> f.presence() == FilePresence.BOTH && f.text().hasChanges()).findFirst()
                .orElse(files.isEmpty() ? null : files.get(0));
    }

    /**
     * Builds the rows to show and puts the current row on a change: the same change as before when
     * {@code keepChange} (a new result for the file, a region expanded), else the first one.
     */
    private void rebuild(boolean keepChange) {
        int keep = keepChange ? Math.max(0, changeNumber.get() - 1) : 0;
        if (!keepChange) {
            // Another file or view: the row set below always moves the list to the change.
            currentRow.set(-1);
        }
        FileDiff file = selectedFile.get();
        if (file == null) {
            changeRows = List.of();
            changeCount.set(0);
            currentRow.set(-1);
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
        List<Integer> changes = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).changeStart()) {
                changes.add(i);
            }
        }
        changeRows = List.copyOf(changes);
        changeCount.set(changeRows.size());
        rows.setAll(out);
        // The same change kept at the same row raises no event: the list stays where the user scrolled it.
        currentRow.set(changeRows.isEmpty() ? -1 : changeRows.get(Math.min(keep, changeRows.size() - 1)));
        changeNumber.set(changeRows.indexOf(currentRow.get()) + 1);
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
