package dev.s3grant.map;

import static dev.s3grant.map.MapFixtures.source;

import dev.s3grant.model.Language;
import dev.s3grant.testing.Golden;
import dev.s3grant.testing.TestDesigns;
import org.junit.jupiter.api.Test;

/** The layout as data: every box's place and size and every arrow's route, one per line, reviewed as a golden file. */
class GrantMapLayoutGoldenTest {

    static String dump(GrantMap map) {
        StringBuilder out = new StringBuilder();
        out.append("map ").append(GrantMapSvg.num(map.width())).append(" x ").append(GrantMapSvg.num(map.height())).append('\n');
        for (MapBox b : map.boxes()) {
            out.append("box ").append(b.id()).append(" in '").append(b.parent()).append("' at ")
                    .append(GrantMapSvg.num(b.x())).append(',').append(GrantMapSvg.num(b.y())).append(" size ")
                    .append(GrantMapSvg.num(b.width())).append(" x ").append(GrantMapSvg.num(b.height()))
                    .append(b.mark() == MapMark.NONE ? "" : " " + b.mark()).append('\n');
        }
        for (MapArrow a : map.arrows()) {
            out.append("arrow ").append(a.id()).append(' ').append(a.status()).append(" route");
            for (MapPoint p : a.points()) {
                out.append(' ').append(GrantMapSvg.num(p.x())).append(',').append(GrantMapSvg.num(p.y()));
            }
            out.append('\n');
        }
        return out.toString();
    }

    @Test
    void threeWritersWithThreePrefixes() {
        Golden.assertMatches("map/three-writers.layout.txt",
                dump(GrantMaps.of(source(TestDesigns.load("three-writers")), Language.EN)));
    }

    @Test
    void aManagedKeyInJapanese() {
        Golden.assertMatches("map/kms-managed-key.ja.layout.txt",
                dump(GrantMaps.of(source(TestDesigns.load("kms-managed-key")), Language.JA)));
    }
}
