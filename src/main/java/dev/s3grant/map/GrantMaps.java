package dev.s3grant.map;

import dev.s3grant.model.Language;

/**
 * The grant map of a design, laid out in one language; and of a comparison of two designs, with
 * what the newer one adds, removes and changes marked (docs/decisions/0037-grant-map.md).
 */
public final class GrantMaps {

    private GrantMaps() {
    }

    public static GrantMap of(MapSource source, Language language) {
        return MapLayout.layout(MapModelBuilder.build(source, language));
    }

    /**
     * Both designs' boxes and arrows in one map: those only {@code now} has are {@link MapMark#ADDED},
     * those only {@code old} had are {@link MapMark#REMOVED}, those whose texts, targets or status
     * differ are {@link MapMark#CHANGED}.
     */
    public static GrantMap compared(MapSource old, MapSource now, Language language) {
        return MapLayout.layout(MapComparison.compare(MapModelBuilder.build(old, language),
                MapModelBuilder.build(now, language)));
    }
}
