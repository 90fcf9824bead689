package dev.s3grant.ui.map;

import dev.s3grant.map.ElementTarget;
import dev.s3grant.map.GrantMap;
import dev.s3grant.map.MapArrow;
import dev.s3grant.map.MapBox;
import dev.s3grant.ui.preview.ElementRef;
import dev.s3grant.ui.preview.PreviewDocument;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Between the map's items and the preview's elements: the element an item stands for (its first
 * target), the items that stand for an element, and the order the keyboard walks the items in.
 */
final class MapItems {

    private MapItems() {
    }

    /** The preview's reference to a target: the file name without folders, and the element. */
    static ElementRef ref(ElementTarget target) {
        return new ElementRef(PreviewDocument.fileName(target.file()), target.element());
    }

    /** The statement or resource of a box or an arrow: its first target; empty for an item with none or an unknown id. */
    static Optional<ElementRef> firstTarget(GrantMap map, String id) {
        List<ElementTarget> targets = map.arrow(id).map(MapArrow::allowedBy)
                .or(() -> map.box(id).map(MapBox::targets)).orElse(List.of());
        return targets.stream().findFirst().map(MapItems::ref);
    }

    /**
     * The ids of the arrows and boxes that stand for any of {@code elements} (an element and the
     * elements it sits in), in the map's order.
     */
    static Set<String> itemsFor(GrantMap map, String file, Collection<String> elements) {
        Set<String> ids = new LinkedHashSet<>();
        for (MapArrow a : map.arrows()) {
            if (matches(a.allowedBy(), file, elements)) {
                ids.add(a.id());
            }
        }
        for (MapBox b : map.boxes()) {
            if (matches(b.targets(), file, elements)) {
                ids.add(b.id());
            }
        }
        return ids;
    }

    private static boolean matches(List<ElementTarget> targets, String file, Collection<String> elements) {
        return targets.stream().anyMatch(t -> PreviewDocument.fileName(t.file()).equals(file) && elements.contains(t.element()));
    }

    /** The order Tab and the arrow keys walk: the boxes as the map lists them (outer before inner), then the arrows. */
    static List<String> keyboardOrder(GrantMap map) {
        List<String> ids = new ArrayList<>();
        map.boxes().forEach(b -> ids.add(b.id()));
        map.arrows().forEach(a -> ids.add(a.id()));
        return ids;
    }
}
