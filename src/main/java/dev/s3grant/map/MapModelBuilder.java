package dev.s3grant.map;

import dev.s3grant.model.Design;
import dev.s3grant.model.Language;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the grant map's boxes and arrows from a design's artifacts: the organization holding the
 * writer accounts and the bucket owner's account, and below it the principals of an existing bucket
 * policy that the design does not know.
 */
final class MapModelBuilder {

    static final String ORGANIZATION = "organization";

    private MapModelBuilder() {
    }

    static MapModel build(MapSource source, Language language) {
        Design design = source.design();
        MapTexts texts = new MapTexts(language);
        MapTargets targets = new MapTargets(source.files(), source.policiesFolder());
        WriterNodes writers = new WriterNodes(design, source.matrix(), texts, targets);
        List<ElementTarget> putStatements = writers.links().stream()
                .filter(l -> l.kind() == ArrowKind.PUT_OBJECT)
                .flatMap(l -> l.allowedBy().stream())
                .filter(t -> t.file().equals(source.policiesFolder() + source.policies().bucketPolicy().fileName()))
                .distinct()
                .toList();
        List<MapNode> organizationChildren = new ArrayList<>(writers.nodes());
        organizationChildren.add(OwnerNodes.of(design, texts, targets, putStatements));
        MapNode organization = new MapNode(ORGANIZATION, BoxKind.ORGANIZATION,
                texts.organization(design.organizationId()), List.of(), List.of(), MapMark.NONE, organizationChildren);
        List<MapNode> roots = new ArrayList<>(List.of(organization));
        roots.addAll(ForeignNodes.of(design, source.policies().bucketPolicy().fileName(), texts, targets));
        return new MapModel(roots, writers.links());
    }
}
