package dev.s3grant.map;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.app.DesignStore;
import dev.s3grant.model.Design;
import dev.s3grant.model.Encryption;
import dev.s3grant.model.EncryptionType;
import dev.s3grant.model.Language;
import dev.s3grant.model.PrincipalMode;
import dev.s3grant.model.Principals;
import dev.s3grant.model.Writer;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The window draws the map on every keystroke, so half-typed and hostile values must still give a
 * map: unique ids, arrows between boxes that exist, and an SVG that is well-formed XML.
 */
class GrantMapHostileInputProperties {

    private static final List<String> PIECES = List.of("", "A", "/", "#", "#2", "%", "%2F", "<", "&", "\"", "'", "]]>",
            "\u0000", "\u001b", "\r", "\n", "\ud800", "\uffff", "日本語", "😀", " ", "incoming/", "111111111111",
            "ecs-tasks.amazonaws.com", "arn:aws:kms:ap-northeast-1:222222222222:key/x");

    @Provide
    Arbitrary<Design> designs() {
        Arbitrary<String> text = Arbitraries.of(PIECES).list().ofMaxSize(4).map(parts -> String.join("", parts));
        Arbitrary<Writer> writers = Combinators.combine(text, text, text, text, text.list().ofMaxSize(3))
                .as((alias, account, role, path, services) -> new Writer(alias, account, role, path,
                        new Principals(PrincipalMode.SERVICES, services), true, false, ""));
        return Combinators.combine(text, text, text.list().ofMaxSize(3), text, writers.list().ofMaxSize(4),
                        Arbitraries.of(EncryptionType.values()), Arbitraries.of(true, false))
                .as((org, bucketName, prefixes, keyArn, ws, encryption, manageKey) -> {
                    Design example = DesignStore.example();
                    return example.withOrganizationId(org).withWriters(ws).withBucket(example.bucket().withName(bucketName)
                            .withKeyPrefixes(prefixes).withEncryption(new Encryption(encryption, keyArn, manageKey, true)));
                });
    }

    @Property(tries = 60)
    void anyDesignGivesAMapWithUniqueIdsAndWellFormedSvg(@ForAll("designs") Design design) throws Exception {
        GrantMap map = GrantMaps.of(MapFixtures.source(design), Language.JA);

        Set<String> ids = new HashSet<>();
        map.boxes().forEach(b -> assertThat(ids.add(b.id())).as("box id %s once", b.id()).isTrue());
        Set<String> arrowIds = new HashSet<>();
        for (MapArrow arrow : map.arrows()) {
            assertThat(arrowIds.add(arrow.id())).as("arrow id %s once", arrow.id()).isTrue();
            assertThat(ids).contains(arrow.from(), arrow.to());
        }
        assertThat(map.arrows()).hasSize(expectedArrows(design));
        parse(GrantMapSvg.write(map, Language.JA));
    }

    @Test
    void aDesignWithoutWritersShowsTheOrganizationAndTheOwnerOnly() throws Exception {
        GrantMap map = MapFixtures.map(DesignStore.example().withWriters(List.of()));

        assertThat(map.boxes()).extracting(MapBox::id)
                .containsExactly("organization", "owner", "owner/bucket", "owner/bucket/prefix/incoming/");
        assertThat(map.arrows()).isEmpty();
        parse(GrantMapSvg.write(map, Language.EN));
    }

    @Test
    void anAliasCannotMakeTheIdOfAnotherWritersBox() {
        Design example = DesignStore.example();
        Writer a = example.writers().get(0);
        GrantMap map = MapFixtures.map(example.withWriters(List.of(a, a.withAlias("A/role"), a.withAlias("A#2"), a)));

        assertThat(map.boxes()).extracting(MapBox::id).filteredOn(id -> id.startsWith("writer/") && !id.contains("/role")
                        && !id.contains("/service/"))
                .containsExactly("writer/A", "writer/A%2Frole", "writer/A%232", "writer/A#2");
    }

    private static int expectedArrows(Design design) {
        int prefixes = (int) Math.max(1, design.bucket().keyPrefixes().stream().distinct().count());
        int kms = design.bucket().encryption().isKms() ? 1 : 0;
        return design.writers().stream().mapToInt(w -> w.principals().trustedServices().size() + prefixes + kms).sum();
    }

    private static void parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
}
