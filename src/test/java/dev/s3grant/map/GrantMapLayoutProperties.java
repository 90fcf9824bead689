package dev.s3grant.map;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.model.Design;
import dev.s3grant.model.Language;
import dev.s3grant.testing.DesignArbitraries;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The layout as data, over designs with 1 to 100 writers, with and without SSE-KMS and prefixes:
 * boxes inside their parents, siblings apart, text inside its box, every arrow between the right
 * boxes' edges, every target an element of a generated file, and the same map for the same design.
 */
class GrantMapLayoutProperties {

    private static final double EPSILON = 1e-6;

    @Provide
    Arbitrary<Design> designs() {
        return Combinators.combine(DesignArbitraries.designs(), Arbitraries.integers().between(1, 100),
                        DesignArbitraries.prefixes(), DesignArbitraries.encryptions())
                .as((design, writers, prefixes, encryption) -> {
                    Design d = MapFixtures.withWriters(design, writers);
                    return d.withBucket(d.bucket().withKeyPrefixes(prefixes).withEncryption(encryption));
                });
    }

    @Property(tries = 15)
    void boxesSitInsideTheirParentsAndSiblingsNeverOverlap(@ForAll("designs") Design design) {
        GrantMap map = MapFixtures.map(design);
        Map<String, MapBox> byId = map.boxes().stream().collect(Collectors.toMap(MapBox::id, Function.identity()));
        assertThat(byId).hasSameSizeAs(map.boxes());
        for (MapBox box : map.boxes()) {
            assertThat(box.x()).isGreaterThanOrEqualTo(0);
            assertThat(box.y()).isGreaterThanOrEqualTo(0);
            assertThat(box.x() + box.width()).isLessThanOrEqualTo(map.width() + EPSILON);
            assertThat(box.y() + box.height()).isLessThanOrEqualTo(map.height() + EPSILON);
            assertThat(box.width()).as("width of %s", box.id())
                    .isGreaterThanOrEqualTo(TextWidth.ofBold(box.title(), MapLayout.TITLE_FONT) + 2 * MapLayout.PAD - EPSILON);
            for (String line : box.lines()) {
                assertThat(box.width()).isGreaterThanOrEqualTo(TextWidth.of(line, MapLayout.LINE_FONT) + 2 * MapLayout.PAD - EPSILON);
            }
            if (!box.parent().isEmpty()) {
                MapBox parent = byId.get(box.parent());
                assertThat(parent).as("parent of %s", box.id()).isNotNull();
                assertThat(map.boxes().indexOf(parent)).isLessThan(map.boxes().indexOf(box));
                assertThat(inside(box, parent)).as("%s inside %s", box.id(), parent.id()).isTrue();
                assertThat(box.y()).as("%s below the texts of %s", box.id(), parent.id())
                        .isGreaterThanOrEqualTo(parent.y() + MapLayout.PAD + MapLayout.TITLE_HEIGHT
                                + parent.lines().size() * MapLayout.LINE_HEIGHT - EPSILON);
            }
        }
        for (MapBox a : map.boxes()) {
            for (MapBox b : map.boxes()) {
                if (a != b && a.parent().equals(b.parent())) {
                    assertThat(overlap(a, b)).as("%s and %s overlap", a.id(), b.id()).isFalse();
                }
            }
        }
    }

    @Property(tries = 15)
    void everyArrowRunsBetweenTheEdgesOfTheRightBoxesAndPointsAtStatementsThatExist(@ForAll("designs") Design design) {
        MapSource source = MapFixtures.source(design);
        GrantMap map = GrantMaps.of(source, Language.EN);
        Map<ArrowKind, Set<BoxKind>> fromKinds = Map.of(
                ArrowKind.ASSUME_ROLE, Set.of(BoxKind.SERVICE),
                ArrowKind.PUT_OBJECT, Set.of(BoxKind.ROLE, BoxKind.WRITER_GROUP),
                ArrowKind.KMS, Set.of(BoxKind.ROLE, BoxKind.WRITER_GROUP));
        Map<ArrowKind, Set<BoxKind>> toKinds = Map.of(
                ArrowKind.ASSUME_ROLE, Set.of(BoxKind.ROLE),
                ArrowKind.PUT_OBJECT, design.bucket().keyPrefixes().isEmpty() ? Set.of(BoxKind.BUCKET) : Set.of(BoxKind.PREFIX),
                ArrowKind.KMS, Set.of(BoxKind.KEY));
        for (MapArrow arrow : map.arrows()) {
            MapBox from = map.box(arrow.from()).orElseThrow();
            MapBox to = map.box(arrow.to()).orElseThrow();
            assertThat(fromKinds.get(arrow.kind())).as(arrow.id()).contains(from.kind());
            assertThat(toKinds.get(arrow.kind())).as(arrow.id()).contains(to.kind());
            assertThat(onVerticalEdge(arrow.points().get(0), from)).as("start of %s", arrow.id()).isTrue();
            assertThat(onVerticalEdge(arrow.points().get(arrow.points().size() - 1), to)).as("end of %s", arrow.id()).isTrue();
            assertThat(arrow.allowedBy()).allSatisfy(t -> assertThat(MapFixtures.exists(t, source.files())).as(t.toString()).isTrue());
        }
        for (MapBox box : map.boxes()) {
            assertThat(box.targets()).allSatisfy(t -> assertThat(MapFixtures.exists(t, source.files())).as(t.toString()).isTrue());
        }
        int writers = design.writers().size();
        int drawn = writers > WriterNodes.GROUP_FROM ? (writers + WriterNodes.GROUP_SIZE - 1) / WriterNodes.GROUP_SIZE : writers;
        int prefixes = (int) Math.max(1, design.bucket().keyPrefixes().stream().distinct().count());
        assertThat(map.arrows()).filteredOn(a -> a.kind() == ArrowKind.PUT_OBJECT).hasSize(drawn * prefixes);
        assertThat(map.arrows()).filteredOn(a -> a.kind() == ArrowKind.KMS)
                .hasSize(design.bucket().encryption().isKms() ? drawn : 0);
        if (writers <= WriterNodes.GROUP_FROM) {
            assertThat(map.arrows()).filteredOn(a -> a.kind() == ArrowKind.ASSUME_ROLE)
                    .hasSize(design.writers().stream().mapToInt(w -> w.principals().trustedServices().size()).sum());
        } else {
            long groupsWithServices = java.util.stream.IntStream.range(0, drawn)
                    .filter(g -> design.writers().subList(g * WriterNodes.GROUP_SIZE, Math.min(writers, (g + 1) * WriterNodes.GROUP_SIZE))
                            .stream().anyMatch(w -> !w.principals().trustedServices().isEmpty()))
                    .count();
            assertThat(map.arrows()).as("one sts:AssumeRole arrow per group with services")
                    .filteredOn(a -> a.kind() == ArrowKind.ASSUME_ROLE).hasSize((int) groupsWithServices);
        }
    }

    @Property(tries = 5)
    void theSameDesignGivesTheSameMap(@ForAll("designs") Design design) {
        MapSource source = MapFixtures.source(design);

        assertThat(GrantMaps.of(source, Language.JA)).isEqualTo(GrantMaps.of(source, Language.JA));
        assertThat(GrantMapSvg.write(GrantMaps.of(source, Language.EN), Language.EN))
                .isEqualTo(GrantMapSvg.write(GrantMaps.of(source, Language.EN), Language.EN));
    }

    private static boolean inside(MapBox child, MapBox parent) {
        return child.x() >= parent.x() - EPSILON && child.y() >= parent.y() - EPSILON
                && child.x() + child.width() <= parent.x() + parent.width() + EPSILON
                && child.y() + child.height() <= parent.y() + parent.height() + EPSILON;
    }

    private static boolean overlap(MapBox a, MapBox b) {
        return a.x() < b.x() + b.width() - EPSILON && b.x() < a.x() + a.width() - EPSILON
                && a.y() < b.y() + b.height() - EPSILON && b.y() < a.y() + a.height() - EPSILON;
    }

    private static boolean onVerticalEdge(MapPoint p, MapBox box) {
        boolean onX = Math.abs(p.x() - box.x()) < EPSILON || Math.abs(p.x() - (box.x() + box.width())) < EPSILON;
        return onX && p.y() > box.y() && p.y() < box.y() + box.height();
    }
}
