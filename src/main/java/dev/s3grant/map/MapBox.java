package dev.s3grant.map;

import java.util.List;
import java.util.Objects;

/**
 * One box of the grant map, laid out: its id (stable across edits, so a view can keep its selection),
 * what it stands for, the id of the box it sits in (empty at the top), its title and further lines in
 * the user's language, its place and size in map units, the generated elements it stands for, and its
 * mark against what exists or a comparison.
 */
public record MapBox(String id, BoxKind kind, String parent, String title, List<String> lines,
                     double x, double y, double width, double height,
                     List<ElementTarget> targets, MapMark mark) {

    public MapBox {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(title, "title");
        lines = List.copyOf(lines);
        targets = List.copyOf(targets);
        Objects.requireNonNull(mark, "mark");
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("a box needs a size of at least zero: " + id);
        }
    }

    public boolean contains(double px, double py) {
        return px >= x && px <= x + width && py >= y && py <= y + height;
    }
}
