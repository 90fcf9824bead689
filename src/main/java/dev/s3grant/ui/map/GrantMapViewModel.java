package dev.s3grant.ui.map;

import dev.s3grant.app.DesignArtifacts;
import dev.s3grant.map.GrantMap;
import dev.s3grant.model.Design;
import dev.s3grant.model.Language;
import dev.s3grant.ui.background.BackgroundWork;
import dev.s3grant.ui.background.LatestWins;
import dev.s3grant.ui.editing.DesignerViewModel;
import dev.s3grant.ui.i18n.UiText;
import dev.s3grant.ui.output.DesignerOutput;
import dev.s3grant.ui.preview.ElementRef;
import java.util.List;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;

/**
 * The grant map of the design being edited, laid out on the background worker after each output
 * and each change of language (the latest request wins); the item selected on the map (a box or an
 * arrow, by id); the items that stand for the statement selected in the preview; and the zoom.
 * A new map replaces the old one only when it differs, so the view redraws only then. Never
 * touches nodes.
 */
public final class GrantMapViewModel {

    public static final double MIN_ZOOM = 0.25;
    public static final double MAX_ZOOM = 4;
    public static final double ZOOM_STEP = 1.25;
    /** The first show fits a large map no smaller than this: below it the map's text cannot be read. */
    public static final double FIRST_SHOW_MIN_ZOOM = 0.5;

    private final DesignerViewModel editor;
    private final UiText text;
    private final LatestWins<Request, GrantMap> layout;
    private ObservableValue<Design> saved;
    private ComparedMapLayout compared;
    private double viewWidth;
    private double viewHeight;
    private boolean fittedOnFirstShow;

    // ---- properties
    private final ReadOnlyObjectWrapper<GrantMap> map = new ReadOnlyObjectWrapper<>(this, "map");
    private final ReadOnlyStringWrapper selected = new ReadOnlyStringWrapper(this, "selected", "");
    private final ReadOnlyObjectWrapper<Set<String>> highlighted = new ReadOnlyObjectWrapper<>(this, "highlighted", Set.of());
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", 1);
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", "");
    private final BooleanProperty showChanges = new SimpleBooleanProperty(this, "showChanges");
    private final ReadOnlyBooleanWrapper comparing = new ReadOnlyBooleanWrapper(this, "comparing");

    /** {@code earlier} is the saved design to compare with, or null for the map alone. */
    private record Request(DesignArtifacts artifacts, Language language, Design earlier) {
    }

    public GrantMapViewModel(DesignerViewModel editor, UiText text, BackgroundWork work, GrantMapLayout layout) {
        this.editor = editor;
        this.text = text;
        this.layout = new LatestWins<>(work, r -> r.earlier() == null
                ? layout.layOut(r.artifacts(), r.language())
                : compared.layOut(r.earlier(), r.artifacts(), r.language()), this::show, this::showFailure);
        editor.outputProperty().addListener((o, old, out) -> layOut());
        text.languageProperty().addListener((o, old, l) -> layOut());
        showChanges.addListener((o, old, on) -> layOut());
        editor.selectedElementProperty().addListener((o, old, ref) -> updateHighlight());
        layOut();
    }

    /**
     * Lets the map show what changed since {@code saved} (the design as last saved or opened; null
     * while no file holds it) while {@link #showChangesProperty()} is on, laid out by {@code compared}.
     */
    public void compareWith(ObservableValue<Design> saved, ComparedMapLayout compared) {
        this.saved = saved;
        this.compared = compared;
        saved.addListener((o, old, now) -> {
            if (showChanges.get()) {
                layOut();
            }
        });
        layOut();
    }

    private void layOut() {
        DesignerOutput out = editor.output();
        Design earlier = showChanges.get() && saved != null ? saved.getValue() : null;
        comparing.set(earlier != null);
        if (out != null) {
            out.artifacts().ifPresent(a -> layout.submit(new Request(a, text.language(), earlier)));
        }
    }

    private void show(GrantMap laidOut) {
        failure.set("");
        if (!laidOut.equals(map.get())) {
            map.set(laidOut);
            if (!MapItems.keyboardOrder(laidOut).contains(selected.get())) {
                selected.set("");
            }
            updateHighlight();
        }
    }

    private void showFailure(Throwable error) {
        failure.set(text.get("ui.map.failed", error.getClass().getSimpleName()));
    }

    private void updateHighlight() {
        GrantMap m = map.get();
        ElementRef ref = editor.selectedElementProperty().get();
        DesignerOutput out = editor.output();
        if (m == null || ref == null || ref.wholeFile() || out == null) {
            highlighted.set(Set.of());
            return;
        }
        highlighted.set(Set.copyOf(MapItems.itemsFor(m, ref.file(), out.elementAndParents(ref))));
    }

    // ---- selection

    /** Selects a box or an arrow; the explanation follows its statement or resource. An unknown id clears the selection. */
    public void select(String id) {
        GrantMap m = map.get();
        if (m == null || !MapItems.keyboardOrder(m).contains(id)) {
            selected.set("");
            return;
        }
        selected.set(id);
        MapItems.firstTarget(m, id).ifPresent(editor::selectElement);
    }

    /** A click: selects the item and shows its statement or resource in the preview. */
    public void open(String id) {
        select(id);
        openSelected();
    }

    /** Enter: shows the selected item's statement or resource in the preview, with its explanation. */
    public void openSelected() {
        GrantMap m = map.get();
        if (m != null && !selected.get().isEmpty()) {
            MapItems.firstTarget(m, selected.get()).ifPresent(editor::showElement);
        }
    }

    /** Tab, → and ↓: the next item (the first when none is selected), round to the first after the last. */
    public void selectNext() {
        step(1);
    }

    /** Shift+Tab, ← and ↑: the previous item (the last when none is selected). */
    public void selectPrevious() {
        step(-1);
    }

    private void step(int by) {
        GrantMap m = map.get();
        if (m == null) {
            return;
        }
        List<String> order = MapItems.keyboardOrder(m);
        if (order.isEmpty()) {
            return;
        }
        int at = order.indexOf(selected.get());
        int next = at < 0 ? (by > 0 ? 0 : order.size() - 1) : Math.floorMod(at + by, order.size());
        select(order.get(next));
    }

    // ---- zoom

    public void zoomIn() {
        setZoom(zoom.get() * ZOOM_STEP);
    }

    public void zoomOut() {
        setZoom(zoom.get() / ZOOM_STEP);
    }

    public void resetZoom() {
        setZoom(1);
    }

    /**
     * View › Zoom to Fit: the zoom at which the whole map fits the view's last known size, never
     * above 100 % (a small map is not blown up) nor below {@link #MIN_ZOOM}. Nothing while there is no
     * map or the view has no size yet.
     */
    public void zoomToFit() {
        GrantMap m = map.get();
        if (m == null || viewWidth <= 0 || viewHeight <= 0 || m.width() <= 0 || m.height() <= 0) {
            return;
        }
        setZoom(Math.min(1, Math.min(viewWidth / m.width(), viewHeight / m.height())));
    }

    /**
     * The view shows the map in {@code width × height} (its viewport, in pixels). The first time it
     * does with a map, a map larger than that is zoomed to fit, but not below
     * {@link #FIRST_SHOW_MIN_ZOOM} (there it is scrolled instead); after that the zoom stays the user's.
     */
    public void viewShown(double width, double height) {
        viewWidth = width;
        viewHeight = height;
        GrantMap m = map.get();
        if (!fittedOnFirstShow && m != null && width > 0 && height > 0) {
            fittedOnFirstShow = true;
            if (m.width() > width || m.height() > height) {
                zoomToFit();
                setZoom(Math.max(FIRST_SHOW_MIN_ZOOM, zoom.get()));
            }
        }
    }

    /** Sets the zoom, kept between {@link #MIN_ZOOM} and {@link #MAX_ZOOM}. */
    public void setZoom(double factor) {
        zoom.set(Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, factor)));
    }

    // ---- accessors

    public ReadOnlyObjectProperty<GrantMap> mapProperty() { return map.getReadOnlyProperty(); }
    public GrantMap map() { return map.get(); }
    /** The id of the selected box or arrow, or empty. */
    public ReadOnlyStringProperty selectedProperty() { return selected.getReadOnlyProperty(); }
    /** The ids of the boxes and arrows that stand for the statement or resource selected in the preview. */
    public ReadOnlyObjectProperty<Set<String>> highlightedProperty() { return highlighted.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty zoomProperty() { return zoom.getReadOnlyProperty(); }
    /**
     * Whether the map marks what the design adds, removes and changes since it was last saved or
     * opened (View › Show Changes Since Saved). Off when the window opens.
     */
    public BooleanProperty showChangesProperty() { return showChanges; }
    /** Whether the map asked for last is compared with a saved design (the toggle is on and a saved design exists). */
    public ReadOnlyBooleanProperty comparingProperty() { return comparing.getReadOnlyProperty(); }
    /** Why the latest map could not be laid out, in the user's language, or empty. */
    public ReadOnlyStringProperty failureProperty() { return failure.getReadOnlyProperty(); }
}
