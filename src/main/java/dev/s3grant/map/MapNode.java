package dev.s3grant.map;

import java.util.List;
import java.util.Objects;

/**
 * A box of the grant map before it is laid out: what it stands for, its texts, its targets in the
 * generated files, its mark, and the boxes inside it in the order they are drawn.
 */
record MapNode(String id, BoxKind kind, String title, List<String> lines, List<ElementTarget> targets,
               MapMark mark, List<MapNode> children) {

    MapNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        lines = List.copyOf(lines);
        targets = List.copyOf(targets);
        Objects.requireNonNull(mark, "mark");
        children = List.copyOf(children);
    }

    static MapNode leaf(String id, BoxKind kind, String title, List<String> lines, List<ElementTarget> targets) {
        return new MapNode(id, kind, title, lines, targets, MapMark.NONE, List.of());
    }

    MapNode withChildren(List<MapNode> value) {
        return new MapNode(id, kind, title, lines, targets, mark, value);
    }

    MapNode withMark(MapMark value) {
        return new MapNode(id, kind, title, lines, targets, value, children);
    }

    /** True when the two boxes say the same, whatever sits inside them. */
    boolean sameContent(MapNode other) {
        return kind == other.kind && title.equals(other.title) && lines.equals(other.lines)
                && targets.equals(other.targets);
    }
}
