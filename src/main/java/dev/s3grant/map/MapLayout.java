package dev.s3grant.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Places the grant map's boxes and routes its arrows (decision 0037). A box holds its children in
 * columns: the organization its writers (left) and the bucket owner (right), a writer account its
 * service principals (left) and its role (right), any other box one column. Children of a column are
 * stacked top to bottom, as wide as the column, and the columns are centred on each other vertically;
 * so siblings never overlap and children stay inside their parent. Arrows run straight from the right
 * edge of the box they leave to the left edge of the box they reach, each at its own point of the
 * edges; a box is tall enough for its arrows to keep {@value #PORT_SPACING} units apart, and the room
 * between columns is wide enough for the labels of the arrows that cross it. Below the
 * organization, the principals of an existing policy sit in rows.
 */
final class MapLayout {

    static final double MARGIN = 20;
    static final double PAD = 10;
    static final double TITLE_FONT = 13;
    static final double LINE_FONT = 11;
    static final double TITLE_HEIGHT = 18;
    static final double LINE_HEIGHT = 15;
    static final double MIN_WIDTH = 120;
    static final double STACK_GAP = 14;
    static final double ORGANIZATION_GAP = 240;
    static final double ROLE_GAP = 130;
    static final double LABEL_FONT = 10;
    /** Where an arrow's label starts: this far right of the edge the arrow leaves. */
    static final double LABEL_INSET = 8;
    /** Room between a label's end and the box the arrow reaches. */
    static final double LABEL_ROOM = 40;
    static final double PORT_SPACING = 22;
    static final int FOREIGN_PER_ROW = 4;

    private final Map<String, Integer> ports = new HashMap<>();
    private double organizationGap = ORGANIZATION_GAP;
    private double roleGap = ROLE_GAP;
    private final Map<MapNode, double[]> sizes = new HashMap<>();
    private final Map<String, MapNode> parents = new HashMap<>();
    private final List<MapBox> boxes = new ArrayList<>();

    private MapLayout() {
    }

    static GrantMap layout(MapModel model) {
        return new MapLayout().run(model);
    }

    private GrantMap run(MapModel model) {
        for (MapLink link : model.links()) {
            ports.merge(link.from() + ">", 1, Integer::sum);
            ports.merge(link.to() + "<", 1, Integer::sum);
            double room = LABEL_INSET + TextWidth.of(link.label(), LABEL_FONT) + LABEL_ROOM;
            if (link.kind() == ArrowKind.ASSUME_ROLE) {
                roleGap = Math.max(roleGap, room);
            } else {
                organizationGap = Math.max(organizationGap, room);
            }
        }
        double y = MARGIN;
        double right = MARGIN;
        List<MapNode> loose = new ArrayList<>();
        for (MapNode root : model.roots()) {
            if (root.kind() == BoxKind.ORGANIZATION) {
                double[] size = size(root);
                place(root, "", MARGIN, y, size[0], size[1]);
                y += size[1] + STACK_GAP * 2;
                right = Math.max(right, MARGIN + size[0]);
            } else {
                loose.add(root);
            }
        }
        double bottom = y;
        for (int row = 0; row * FOREIGN_PER_ROW < loose.size(); row++) {
            double x = MARGIN;
            double rowHeight = 0;
            for (MapNode node : loose.subList(row * FOREIGN_PER_ROW, Math.min(loose.size(), (row + 1) * FOREIGN_PER_ROW))) {
                double[] size = size(node);
                place(node, "", x, y, size[0], size[1]);
                x += size[0] + STACK_GAP;
                rowHeight = Math.max(rowHeight, size[1]);
            }
            right = Math.max(right, x - STACK_GAP);
            y += rowHeight + STACK_GAP;
            bottom = y;
        }
        List<MapArrow> arrows = new ArrowRouter(boxes).route(model.links());
        return new GrantMap(boxes, arrows, right + MARGIN, bottom - STACK_GAP * (loose.isEmpty() ? 2 : 1) + MARGIN);
    }

    /** Width and height of a box with everything inside it. */
    private double[] size(MapNode node) {
        double[] known = sizes.get(node);
        if (known != null) {
            return known;
        }
        double textWidth = TextWidth.ofBold(node.title(), TITLE_FONT);
        for (String line : node.lines()) {
            textWidth = Math.max(textWidth, TextWidth.of(line, LINE_FONT));
        }
        double width = Math.max(MIN_WIDTH, textWidth + 2 * PAD);
        double height = header(node) + PAD;
        List<List<MapNode>> columns = columns(node);
        if (!columns.isEmpty()) {
            double contentWidth = gap(node) * (columns.size() - 1);
            double contentHeight = 0;
            for (List<MapNode> column : columns) {
                contentWidth += columnWidth(column);
                contentHeight = Math.max(contentHeight, columnHeight(column));
            }
            width = Math.max(width, contentWidth + 2 * PAD);
            height += contentHeight;
        }
        int portCount = Math.max(ports.getOrDefault(node.id() + ">", 0), ports.getOrDefault(node.id() + "<", 0));
        height = Math.max(height, (portCount + 1) * PORT_SPACING);
        double[] size = {width, height};
        sizes.put(node, size);
        return size;
    }

    private void place(MapNode node, String parent, double x, double y, double width, double height) {
        boxes.add(new MapBox(node.id(), node.kind(), parent, node.title(), node.lines(), x, y, width, height,
                node.targets(), node.mark()));
        List<List<MapNode>> columns = columns(node);
        double contentTop = y + header(node);
        double contentHeight = height - header(node) - PAD;
        double columnX = x + PAD;
        for (List<MapNode> column : columns) {
            double columnWidth = columnWidth(column);
            double childY = contentTop + (contentHeight - columnHeight(column)) / 2;
            for (MapNode child : column) {
                double childHeight = size(child)[1];
                place(child, node.id(), columnX, childY, columnWidth, childHeight);
                childY += childHeight + STACK_GAP;
            }
            columnX += columnWidth + gap(node);
        }
    }

    /** The children in their columns, left to right; no empty column. */
    static List<List<MapNode>> columns(MapNode node) {
        List<List<MapNode>> columns = new ArrayList<>();
        switch (node.kind()) {
            case ORGANIZATION -> split(node, columns, k -> k == BoxKind.WRITER_ACCOUNT || k == BoxKind.WRITER_GROUP);
            case WRITER_ACCOUNT, WRITER_GROUP -> split(node, columns, k -> k == BoxKind.SERVICE);
            default -> {
                if (!node.children().isEmpty()) {
                    columns.add(node.children());
                }
            }
        }
        return columns;
    }

    private static void split(MapNode node, List<List<MapNode>> columns, java.util.function.Predicate<BoxKind> left) {
        List<MapNode> first = node.children().stream().filter(c -> left.test(c.kind())).toList();
        List<MapNode> second = node.children().stream().filter(c -> !left.test(c.kind())).toList();
        if (!first.isEmpty()) {
            columns.add(first);
        }
        if (!second.isEmpty()) {
            columns.add(second);
        }
    }

    /** The room between columns: wide enough for the labels of the arrows that cross it. */
    private double gap(MapNode node) {
        return node.kind() == BoxKind.ORGANIZATION ? organizationGap : roleGap;
    }

    static double header(MapNode node) {
        return PAD + TITLE_HEIGHT + node.lines().size() * LINE_HEIGHT;
    }

    private double columnWidth(List<MapNode> column) {
        return column.stream().mapToDouble(c -> size(c)[0]).max().orElse(0);
    }

    private double columnHeight(List<MapNode> column) {
        return column.stream().mapToDouble(c -> size(c)[1]).sum() + STACK_GAP * (column.size() - 1);
    }

    /** Boxes by id, for the router. */
    static Map<String, MapBox> byId(List<MapBox> boxes) {
        Map<String, MapBox> byId = new HashMap<>();
        boxes.forEach(b -> byId.put(b.id(), b));
        return byId;
    }

    static Comparator<MapBox> byCentreY() {
        return Comparator.comparingDouble(b -> b.y() + b.height() / 2);
    }
}
