package dev.s3grant.map;

import java.util.List;

/**
 * The grant map before it is laid out: the top-level boxes (each with the boxes inside it) and the
 * arrows between boxes. {@link MapLayout} places it; {@link MapComparison} merges two of them.
 */
record MapModel(List<MapNode> roots, List<MapLink> links) {

    MapModel {
        roots = List.copyOf(roots);
        links = List.copyOf(links);
    }
}
