package dev.s3grant.map;

import static dev.s3grant.map.MapFixtures.source;
import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.app.DesignStore;
import dev.s3grant.model.Design;
import dev.s3grant.model.Language;
import dev.s3grant.model.Writer;
import java.util.List;
import org.junit.jupiter.api.Test;

class GrantMapComparisonTest {

    private final Design old = DesignStore.example();

    /** The example with writer A's role renamed, a writer A2 added and the prefix moved to landing/. */
    private Design changed() {
        Writer a = old.writers().get(0);
        Design d = old.withWriters(List.of(a.withRoleName("ingest-writer"), a.withAlias("A2").withAccountId("333333333333")));
        return d.withBucket(d.bucket().withKeyPrefixes(List.of("landing/")));
    }

    @Test
    void marksWhatTheNewerDesignAddsRemovesAndChanges() {
        GrantMap map = GrantMaps.compared(source(old), source(changed()), Language.EN);

        assertThat(map.box("organization").orElseThrow().mark()).isEqualTo(MapMark.NONE);
        assertThat(map.box("writer/A").orElseThrow().mark()).isEqualTo(MapMark.NONE);
        assertThat(map.box("writer/A/role").orElseThrow().mark()).isEqualTo(MapMark.CHANGED);
        assertThat(map.box("writer/A/role").orElseThrow().title()).isEqualTo("Role ingest-writer");
        assertThat(map.box("writer/A2").orElseThrow().mark()).isEqualTo(MapMark.ADDED);
        assertThat(map.box("writer/A2/role").orElseThrow().mark()).isEqualTo(MapMark.ADDED);
        assertThat(map.box("owner/bucket/prefix/landing/").orElseThrow().mark()).isEqualTo(MapMark.ADDED);
        MapBox removed = map.box("owner/bucket/prefix/incoming/").orElseThrow();
        assertThat(removed.mark()).isEqualTo(MapMark.REMOVED);
        assertThat(removed.parent()).isEqualTo("owner/bucket");

        assertThat(map.arrow("put/writer/A/incoming/").orElseThrow().mark()).isEqualTo(MapMark.REMOVED);
        assertThat(map.arrow("put/writer/A/landing/").orElseThrow().mark()).isEqualTo(MapMark.ADDED);
        assertThat(map.arrow("put/writer/A2/landing/").orElseThrow().mark()).isEqualTo(MapMark.ADDED);
        assertThat(map.arrow("assume/writer/A/ecs-tasks.amazonaws.com").orElseThrow().mark()).isEqualTo(MapMark.NONE);
    }

    @Test
    void theRemovedBoxesAreLaidOutWithTheOthersWithoutOverlap() {
        GrantMap map = GrantMaps.compared(source(old), source(changed()), Language.EN);

        MapBox removed = map.box("owner/bucket/prefix/incoming/").orElseThrow();
        MapBox added = map.box("owner/bucket/prefix/landing/").orElseThrow();
        boolean apart = removed.y() >= added.y() + added.height() || added.y() >= removed.y() + removed.height();
        assertThat(apart).isTrue();
        MapArrow gone = map.arrow("put/writer/A/incoming/").orElseThrow();
        assertThat(gone.points().get(1).x()).isEqualTo(removed.x());
    }

    @Test
    void aDesignComparedWithItselfHasNoMarks() {
        GrantMap map = GrantMaps.compared(source(old), source(old), Language.EN);

        assertThat(map).isEqualTo(GrantMaps.of(source(old), Language.EN));
        assertThat(map.boxes()).allMatch(b -> b.mark() == MapMark.NONE);
        assertThat(map.arrows()).allMatch(a -> a.mark() == MapMark.NONE);
    }

    @Test
    void aWriterRemovedTakesItsServiceAndRoleAlongAndForeignPrincipalsStayForeign() {
        Design withTwo = MapFixtures.withWriters(old, 2);
        Design withOne = MapFixtures.withWriters(old, 1);

        GrantMap map = GrantMaps.compared(source(withTwo), source(withOne), Language.EN);

        assertThat(map.boxes()).filteredOn(b -> b.id().startsWith("writer/A2")).extracting(MapBox::id, MapBox::mark)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("writer/A2", MapMark.REMOVED),
                        org.assertj.core.groups.Tuple.tuple("writer/A2/service/ecs-tasks.amazonaws.com", MapMark.REMOVED),
                        org.assertj.core.groups.Tuple.tuple("writer/A2/role", MapMark.REMOVED));
        Design existing = dev.s3grant.testing.TestDesigns.load("existing-policies");
        GrantMap foreign = GrantMaps.compared(source(existing), source(existing), Language.EN);
        assertThat(foreign.boxes()).filteredOn(b -> b.kind() == BoxKind.FOREIGN_PRINCIPAL)
                .isNotEmpty().allMatch(b -> b.mark() == MapMark.FOREIGN);
    }
}
