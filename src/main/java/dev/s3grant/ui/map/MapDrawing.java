package dev.s3grant.ui.map;

import dev.s3grant.map.ArrowStatus;
import dev.s3grant.map.GrantMap;
import dev.s3grant.map.MapArrow;
import dev.s3grant.map.MapBox;
import dev.s3grant.map.MapMark;
import dev.s3grant.map.MapPoint;
import dev.s3grant.ui.common.LazyTooltip;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

/**
 * The grant map as JavaFX shapes, one group per box (frame, title, lines) and per arrow (line, head,
 * label, and a wider invisible line that takes the clicks), at the map's own coordinates. Colours
 * come from the stylesheet: each group carries style classes for its kind, the access check's
 * result and its mark (decision 0038).
 */
final class MapDrawing {

    /** The property of a group that holds the id of its box or arrow. */
    static final String ITEM = "map-item";

    // The layout's measures (its box sizes allow for them): padding 10, a bold title of 13 px in 18,
    // lines of 11 px in 15, arrow labels of 10 px.
    private static final double PADDING = 10;
    private static final double TITLE_BASELINE = PADDING + 14;
    private static final double FIRST_LINE_BASELINE = PADDING + 18 + 12;
    private static final double LINE_HEIGHT = 15;
    private static final double LABEL_INSET = 6;
    private static final double HEAD_LENGTH = 10;
    private static final double HEAD_HALF_WIDTH = 5;

    private MapDrawing() {
    }

    /** The groups of the map's boxes (outer before inner) then arrows, by id, in drawing order. */
    static Map<String, Group> draw(GrantMap map, Function<MapArrow, String> arrowTip) {
        Map<String, Group> items = new LinkedHashMap<>();
        for (MapBox box : map.boxes()) {
            items.put(box.id(), box(box));
        }
        for (MapArrow arrow : map.arrows()) {
            items.put(arrow.id(), arrow(arrow, arrowTip.apply(arrow)));
        }
        return items;
    }

    private static Group box(MapBox box) {
        Rectangle frame = new Rectangle(box.x(), box.y(), box.width(), box.height());
        frame.getStyleClass().add("map-box-frame");
        Text title = text(box.title(), box.x() + PADDING, box.y() + TITLE_BASELINE, "map-box-title");
        Group group = new Group(frame, title);
        double y = box.y() + FIRST_LINE_BASELINE;
        for (String line : box.lines()) {
            group.getChildren().add(text(line, box.x() + PADDING, y, "map-box-line"));
            y += LINE_HEIGHT;
        }
        group.getStyleClass().addAll("map-box", "map-box-" + cssName(box.kind().name()));
        mark(group, box.mark());
        group.getProperties().put(ITEM, box.id());
        group.setCursor(javafx.scene.Cursor.HAND);
        return group;
    }

    private static Group arrow(MapArrow arrow, String tip) {
        List<MapPoint> points = arrow.points();
        Polyline line = polyline(points, "map-arrow-line");
        Polyline hit = polyline(points, "map-arrow-hit");
        MapPoint end = points.get(points.size() - 1);
        MapPoint before = points.get(points.size() - 2);
        Polygon head = head(before, end);
        head.getStyleClass().add("map-arrow-head");
        MapPoint at = labelAt(points.get(0), points.get(1));
        Text halo = text(arrow.label(), at.x(), at.y(), "map-arrow-label-halo");
        Text label = text(arrow.label(), at.x(), at.y(), "map-arrow-label");
        Group group = new Group(hit, line, head, halo, label);
        group.getStyleClass().addAll("map-arrow", "map-arrow-" + cssName(arrow.kind().name()), statusClass(arrow.status()));
        mark(group, arrow.mark());
        group.getProperties().put(ITEM, arrow.id());
        group.setCursor(javafx.scene.Cursor.HAND);
        LazyTooltip.install(group, t -> t.setWrapText(true)).textProperty().set(tip);
        return group;
    }

    /** The style class of what the access check found: {@code map-allowed}, {@code map-denied} or {@code map-wrong}. */
    static String statusClass(ArrowStatus status) {
        return switch (status) {
            case ALLOWED_AS_INTENDED -> "map-allowed";
            case DENIED_AS_INTENDED -> "map-denied";
            case NOT_AS_INTENDED -> "map-wrong";
        };
    }

    private static void mark(Group group, MapMark mark) {
        if (mark != MapMark.NONE) {
            group.getStyleClass().add("map-" + cssName(mark.name()));
        }
    }

    private static Polyline polyline(List<MapPoint> points, String styleClass) {
        Polyline line = new Polyline();
        for (MapPoint p : points) {
            line.getPoints().addAll(p.x(), p.y());
        }
        line.getStyleClass().add(styleClass);
        return line;
    }

    /** A filled triangle whose tip is {@code end}, pointing along the segment from {@code from}. */
    static Polygon head(MapPoint from, MapPoint end) {
        double dx = end.x() - from.x();
        double dy = end.y() - from.y();
        double length = Math.hypot(dx, dy);
        double ux = length == 0 ? 1 : dx / length;
        double uy = length == 0 ? 0 : dy / length;
        double baseX = end.x() - ux * HEAD_LENGTH;
        double baseY = end.y() - uy * HEAD_LENGTH;
        return new Polygon(end.x(), end.y(),
                baseX - uy * HEAD_HALF_WIDTH, baseY + ux * HEAD_HALF_WIDTH,
                baseX + uy * HEAD_HALF_WIDTH, baseY - ux * HEAD_HALF_WIDTH);
    }

    /** Where a label starts: just after the left end of the first segment, a little above the line (as in the SVG). */
    static MapPoint labelAt(MapPoint from, MapPoint next) {
        double x = Math.min(from.x(), next.x()) + LABEL_INSET;
        double along = next.x() == from.x() ? 0 : (x - from.x()) / (next.x() - from.x());
        return new MapPoint(x, from.y() + (next.y() - from.y()) * along - 4);
    }

    private static Text text(String value, double x, double y, String styleClass) {
        Text text = new Text(x, y, value);
        text.getStyleClass().add(styleClass);
        return text;
    }

    private static String cssName(String enumName) {
        return enumName.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The id of the box or arrow a group of the drawing stands for. */
    static String itemOf(Node node) {
        return (String) node.getProperties().get(ITEM);
    }
}
