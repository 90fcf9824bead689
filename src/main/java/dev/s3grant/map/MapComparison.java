package dev.s3grant.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges the maps of two designs into one: the newer map's boxes and arrows, marked where the older
 * had none with that id ({@link MapMark#ADDED}) or said something else ({@link MapMark#CHANGED}), and
 * the older map's boxes and arrows that the newer lacks, marked {@link MapMark#REMOVED}, each in its
 * old parent where that still exists (at the top otherwise). A foreign principal keeps its mark.
 */
final class MapComparison {

    private MapComparison() {
    }

    static MapModel compare(MapModel old, MapModel now) {
        Map<String, MapNode> oldNodes = new LinkedHashMap<>();
        old.roots().forEach(n -> index(n, oldNodes));
        Map<String, MapNode> newNodes = new LinkedHashMap<>();
        now.roots().forEach(n -> index(n, newNodes));
        List<MapNode> roots = new ArrayList<>();
        for (MapNode root : now.roots()) {
            roots.add(merged(root, oldNodes, newNodes));
        }
        for (MapNode root : old.roots()) {
            if (!newNodes.containsKey(root.id())) {
                roots.add(removed(root, newNodes));
            }
        }
        return new MapModel(roots, links(old.links(), now.links()));
    }

    private static MapNode merged(MapNode node, Map<String, MapNode> oldNodes, Map<String, MapNode> newNodes) {
        MapNode before = oldNodes.get(node.id());
        List<MapNode> children = new ArrayList<>();
        for (MapNode child : node.children()) {
            children.add(merged(child, oldNodes, newNodes));
        }
        if (before != null) {
            for (MapNode child : before.children()) {
                if (!newNodes.containsKey(child.id())) {
                    children.add(removed(child, newNodes));
                }
            }
        }
        MapMark mark = node.mark() == MapMark.FOREIGN ? MapMark.FOREIGN
                : before == null ? MapMark.ADDED
                : before.sameContent(node) ? MapMark.NONE
                : MapMark.CHANGED;
        return node.withMark(mark).withChildren(children);
    }

    /** An old box the newer map lacks, with those of its children that the newer map lacks too. */
    private static MapNode removed(MapNode node, Map<String, MapNode> newNodes) {
        return node.withMark(MapMark.REMOVED).withChildren(node.children().stream()
                .filter(c -> !newNodes.containsKey(c.id()))
                .map(c -> removed(c, newNodes))
                .toList());
    }

    private static List<MapLink> links(List<MapLink> old, List<MapLink> now) {
        Map<String, MapLink> before = new LinkedHashMap<>();
        old.forEach(l -> before.put(l.id(), l));
        List<MapLink> links = new ArrayList<>();
        List<String> newIds = new ArrayList<>();
        for (MapLink link : now) {
            MapLink was = before.get(link.id());
            newIds.add(link.id());
            links.add(link.withMark(was == null ? MapMark.ADDED : was.sameContent(link) ? MapMark.NONE : MapMark.CHANGED));
        }
        for (MapLink link : old) {
            if (!newIds.contains(link.id())) {
                links.add(link.withMark(MapMark.REMOVED));
            }
        }
        return links;
    }

    private static void index(MapNode node, Map<String, MapNode> nodes) {
        nodes.put(node.id(), node);
        node.children().forEach(c -> index(c, nodes));
    }
}
