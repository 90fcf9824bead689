package dev.s3grant.map;

import java.util.List;
import java.util.Objects;

/**
 * One arrow of the grant map, laid out: its id, the request it stands for, the ids of the boxes it
 * leaves and reaches, its route (at least two points, from the edge of {@code from} to the edge of
 * {@code to}), its label in the user's language, the statements that allow the request, what the
 * access check found, and its mark against what exists or a comparison.
 */
public record MapArrow(String id, ArrowKind kind, String from, String to, List<MapPoint> points,
                       String label, List<ElementTarget> allowedBy, ArrowStatus status, MapMark mark) {

    public MapArrow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        points = List.copyOf(points);
        if (points.size() < 2) {
            throw new IllegalArgumentException("an arrow needs at least two points: " + id);
        }
        Objects.requireNonNull(label, "label");
        allowedBy = List.copyOf(allowedBy);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(mark, "mark");
    }
}
