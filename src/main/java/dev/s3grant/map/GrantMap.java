package dev.s3grant.map;

import java.util.List;
import java.util.Optional;

/**
 * The grant as a picture, laid out and ready to draw: boxes (parents before the boxes inside them)
 * and arrows, in map units, with the size of the whole map. The window draws it with JavaFX shapes;
 * the CLI writes it as SVG. Built from a design's artifacts in one language.
 */
public record GrantMap(List<MapBox> boxes, List<MapArrow> arrows, double width, double height) {

    public GrantMap {
        boxes = List.copyOf(boxes);
        arrows = List.copyOf(arrows);
    }

    public Optional<MapBox> box(String id) {
        return boxes.stream().filter(b -> b.id().equals(id)).findFirst();
    }

    public Optional<MapArrow> arrow(String id) {
        return arrows.stream().filter(a -> a.id().equals(id)).findFirst();
    }
}
