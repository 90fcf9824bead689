package dev.s3grant.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Routes arrows between placed boxes: from the right edge of the box an arrow leaves to the left edge
 * of the box it reaches (the other way round when the target lies to the left). The arrows at one
 * edge share it evenly, ordered by where their other end lies, so they fan out without crossing at
 * the edge. An arrow whose box is missing is left out.
 */
final class ArrowRouter {

    private final Map<String, MapBox> boxes;

    ArrowRouter(List<MapBox> boxes) {
        this.boxes = MapLayout.byId(boxes);
    }

    List<MapArrow> route(List<MapLink> links) {
        List<MapLink> drawn = links.stream()
                .filter(l -> boxes.containsKey(l.from()) && boxes.containsKey(l.to()))
                .toList();
        Map<String, Double> starts = portsAlong(drawn, true);
        Map<String, Double> ends = portsAlong(drawn, false);
        List<MapArrow> arrows = new ArrayList<>();
        for (MapLink link : drawn) {
            MapBox from = boxes.get(link.from());
            MapBox to = boxes.get(link.to());
            boolean rightwards = to.x() >= from.x() + from.width();
            double startX = rightwards ? from.x() + from.width() : from.x();
            double endX = rightwards ? to.x() : to.x() + to.width();
            List<MapPoint> points = List.of(new MapPoint(startX, starts.get(link.id())),
                    new MapPoint(endX, ends.get(link.id())));
            arrows.add(new MapArrow(link.id(), link.kind(), link.from(), link.to(), points, link.label(),
                    link.allowedBy(), link.status(), link.mark()));
        }
        return List.copyOf(arrows);
    }

    /** The y of each arrow's end at its box: the box's edge divided evenly among the arrows there. */
    private Map<String, Double> portsAlong(List<MapLink> links, boolean start) {
        Map<String, List<MapLink>> byBox = new HashMap<>();
        for (MapLink link : links) {
            byBox.computeIfAbsent(start ? link.from() : link.to(), k -> new ArrayList<>()).add(link);
        }
        Map<String, Double> ys = new HashMap<>();
        byBox.forEach((boxId, atBox) -> {
            MapBox box = boxes.get(boxId);
            List<MapLink> ordered = new ArrayList<>(atBox);
            ordered.sort(Comparator.<MapLink>comparingDouble(l -> centreY(start ? l.to() : l.from()))
                    .thenComparing(MapLink::id));
            for (int i = 0; i < ordered.size(); i++) {
                ys.put(ordered.get(i).id(), box.y() + box.height() * (i + 1) / (ordered.size() + 1));
            }
        });
        return ys;
    }

    private double centreY(String boxId) {
        MapBox box = boxes.get(boxId);
        return box.y() + box.height() / 2;
    }
}
