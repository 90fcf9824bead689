package dev.s3grant.map;

import java.util.List;
import java.util.Objects;

/** An arrow of the grant map before it is routed: between two boxes, by their ids. */
record MapLink(String id, ArrowKind kind, String from, String to, String label, List<ElementTarget> allowedBy,
               ArrowStatus status, MapMark mark) {

    MapLink {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(label, "label");
        allowedBy = List.copyOf(allowedBy);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(mark, "mark");
    }

    MapLink withMark(MapMark value) {
        return new MapLink(id, kind, from, to, label, allowedBy, status, value);
    }

    /** True when the two arrows say the same. */
    boolean sameContent(MapLink other) {
        return kind == other.kind && from.equals(other.from) && to.equals(other.to) && label.equals(other.label)
                && allowedBy.equals(other.allowedBy) && status == other.status;
    }
}
