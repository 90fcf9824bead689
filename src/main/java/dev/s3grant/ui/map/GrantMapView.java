package dev.s3grant.ui.map;

import dev.s3grant.map.GrantMap;
import dev.s3grant.map.MapArrow;
import dev.s3grant.ui.i18n.UiText;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.transform.Scale;

/**
 * The Grant map tab's content: the map drawn with shapes in a scroll pane, zoomed by Ctrl+wheel
 * and Ctrl+plus / minus / 0. A click on a box or an arrow opens its statement in the preview; the
 * map takes the keyboard focus, Tab and the arrow keys move the selection, Enter opens it. The
 * shapes are made again only when the map changed, and only while the tab is shown.
 */
public final class GrantMapView extends ScrollPane {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass HIGHLIGHTED = PseudoClass.getPseudoClass("highlighted");

    private final GrantMapViewModel vm;
    private final UiText text;
    private final Pane drawing = new Pane();
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final Map<String, Group> items = new LinkedHashMap<>();
    /** Why the latest map could not be laid out, over the map drawn last. */
    private final javafx.scene.text.Text failure = new javafx.scene.text.Text(8, 20, "");
    private GrantMap drawn;
    private boolean showing;
    private int rebuilds;

    public GrantMapView(GrantMapViewModel vm, UiText text) {
        this.vm = vm;
        this.text = text;
        getStyleClass().add("grant-map");
        setId("grant-map");
        setFocusTraversable(true);
        setPannable(true);
        drawing.getStyleClass().add("grant-map-drawing");
        Group scaled = new Group(drawing);
        scaled.getTransforms().add(scale);
        setContent(new Group(scaled));
        drawing.getChildren().add(failure);
        scale.xProperty().bind(vm.zoomProperty());
        scale.yProperty().bind(vm.zoomProperty());

        vm.mapProperty().addListener((o, old, map) -> redrawIfShown());
        vm.selectedProperty().addListener((o, old, id) -> {
            mark(old, SELECTED, false);
            mark(id, SELECTED, true);
            reveal(id);
        });
        vm.highlightedProperty().addListener((o, old, ids) -> {
            old.forEach(id -> mark(id, HIGHLIGHTED, false));
            ids.forEach(id -> mark(id, HIGHLIGHTED, true));
        });
        failure.getStyleClass().add("map-failure");
        failure.textProperty().bind(vm.failureProperty());
        failure.visibleProperty().bind(vm.failureProperty().isNotEmpty());
        failure.setManaged(false);
        drawing.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        addEventFilter(ScrollEvent.SCROLL, this::scrolled);
        addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        viewportBoundsProperty().addListener((o, old, b) -> tellSize());
    }

    private void tellSize() {
        if (showing && drawn != null) {
            Bounds b = getViewportBounds();
            vm.viewShown(b.getWidth(), b.getHeight());
        }
    }

    /** The tab shows the map or stops showing it: while hidden, a new map waits to be drawn. */
    public void setShowing(boolean showing) {
        this.showing = showing;
        redrawIfShown();
        tellSize();
    }

    private void redrawIfShown() {
        GrantMap map = vm.map();
        if (!showing || map == null || map.equals(drawn)) {
            return;
        }
        items.clear();
        items.putAll(MapDrawing.draw(map, this::tipOf));
        drawing.getChildren().setAll(items.values());
        drawing.getChildren().add(failure);
        drawing.setMinSize(map.width(), map.height());
        drawing.setPrefSize(map.width(), map.height());
        drawing.setMaxSize(map.width(), map.height());
        mark(vm.selectedProperty().get(), SELECTED, true);
        vm.highlightedProperty().get().forEach(id -> mark(id, HIGHLIGHTED, true));
        drawn = map;
        rebuilds++;
        tellSize();
    }

    private String tipOf(MapArrow arrow) {
        String tip = arrow.label();
        if (!arrow.allowedBy().isEmpty()) {
            tip += "\n" + text.get("ui.map.allowedBy",
                    String.join(", ", arrow.allowedBy().stream().map(t -> MapItems.ref(t).toString()).toList()));
        }
        return switch (arrow.mark()) {
            case ADDED -> tip + "\n" + text.get("ui.map.mark.added");
            case REMOVED -> tip + "\n" + text.get("ui.map.mark.removed");
            case CHANGED -> tip + "\n" + text.get("ui.map.mark.changed");
            default -> tip;
        };
    }

    private void mark(String id, PseudoClass state, boolean on) {
        if (id != null && !id.isEmpty()) {
            Group item = items.get(id);
            if (item != null) {
                // on the shapes too: the stylesheet names the state of the shape it colours
                item.pseudoClassStateChanged(state, on);
                item.getChildren().forEach(child -> child.pseudoClassStateChanged(state, on));
            }
        }
    }

    private void clicked(MouseEvent e) {
        requestFocus();
        if (!e.isStillSincePress()) {
            return; // the end of a drag that panned the map
        }
        Node node = e.getPickResult().getIntersectedNode();
        while (node != null && node != drawing) {
            String id = MapDrawing.itemOf(node);
            if (id != null) {
                vm.open(id);
                e.consume();
                return;
            }
            node = node.getParent();
        }
    }

    private void scrolled(ScrollEvent e) {
        if (e.isShortcutDown() && e.getDeltaY() != 0) {
            if (e.getDeltaY() > 0) {
                vm.zoomIn();
            } else {
                vm.zoomOut();
            }
            e.consume();
        }
    }

    private void keyPressed(KeyEvent e) {
        KeyCode code = e.getCode();
        boolean handled = true;
        if (e.isShortcutDown()) {
            switch (code) {
                case PLUS, EQUALS, ADD -> vm.zoomIn();
                case MINUS, SUBTRACT -> vm.zoomOut();
                case DIGIT0, NUMPAD0 -> vm.resetZoom();
                default -> handled = false;
            }
        } else {
            switch (code) {
                case TAB -> {
                    if (e.isShiftDown()) {
                        vm.selectPrevious();
                    } else {
                        vm.selectNext();
                    }
                }
                case RIGHT, DOWN -> vm.selectNext();
                case LEFT, UP -> vm.selectPrevious();
                case ENTER -> vm.openSelected();
                default -> handled = false;
            }
        }
        if (handled) {
            e.consume();
        }
    }

    /** Scrolls so that the box or arrow is in view. */
    private void reveal(String id) {
        Group item = id == null ? null : items.get(id);
        if (item == null || getContent() == null) {
            return;
        }
        Bounds content = getContent().getLayoutBounds();
        Bounds inContent = getContent().sceneToLocal(item.localToScene(item.getBoundsInLocal()));
        Bounds viewport = getViewportBounds();
        double left = getHvalue() * Math.max(0, content.getWidth() - viewport.getWidth());
        double top = getVvalue() * Math.max(0, content.getHeight() - viewport.getHeight());
        if (inContent == null || inContent.getMinX() >= left && inContent.getMaxX() <= left + viewport.getWidth()
                && inContent.getMinY() >= top && inContent.getMaxY() <= top + viewport.getHeight()) {
            return;
        }
        double x = (inContent.getMinX() + inContent.getMaxX()) / 2;
        double y = (inContent.getMinY() + inContent.getMaxY()) / 2;
        if (content.getWidth() > viewport.getWidth()) {
            setHvalue(clamp((x - viewport.getWidth() / 2) / (content.getWidth() - viewport.getWidth())));
        }
        if (content.getHeight() > viewport.getHeight()) {
            setVvalue(clamp((y - viewport.getHeight() / 2) / (content.getHeight() - viewport.getHeight())));
        }
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    /**
     * The map at 100 %, as pixels: one pixel per map unit, {@code ceil(width) × ceil(height)}, on the
     * map's background. Empty while there is no map. Call it on the FX thread.
     */
    public Optional<PixelImage> picture() {
        GrantMap map = vm.map();
        if (map == null) {
            return Optional.empty();
        }
        boolean wasShowing = showing;
        showing = true;
        redrawIfShown();
        showing = wasShowing;
        int width = Math.max(1, (int) Math.ceil(map.width()));
        int height = Math.max(1, (int) Math.ceil(map.height()));
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setViewport(new Rectangle2D(0, 0, width, height));
        parameters.setFill(Color.WHITE);
        drawing.applyCss();
        drawing.layout();
        WritableImage image = drawing.snapshot(parameters, new WritableImage(width, height));
        PixelReader reader = image.getPixelReader();
        int[] argb = new int[width * height];
        reader.getPixels(0, 0, width, height, javafx.scene.image.PixelFormat.getIntArgbInstance(), argb, 0, width);
        return Optional.of(new PixelImage(width, height, argb));
    }

    /** The group drawn for a box or an arrow, while the map is drawn. */
    public Optional<Group> item(String id) {
        return Optional.ofNullable(items.get(id));
    }

    /** Whether the group of a box or an arrow is drawn selected or highlighted: for tests. */
    public static boolean isSelected(Node item) {
        return item.getPseudoClassStates().contains(SELECTED);
    }

    public static boolean isHighlighted(Node item) {
        return item.getPseudoClassStates().contains(HIGHLIGHTED);
    }

    /** How often the shapes were made: a test sees that an unchanged map is not drawn again. */
    public int rebuilds() {
        return rebuilds;
    }
}
