package dev.s3grant.diff;

import dev.s3grant.policy.PolicyDocument;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compares the top-level blocks of one file on two sides by address: blocks only on the new side
 * are added, only on the old side removed, and blocks on both sides are compared by their
 * attributes (see {@link BodyComparer}); attributes outside any block (a {@code .tfvars} file) are
 * one change addressed by the file's path. A block whose text differs only in layout, comments,
 * attribute order or the way its policies are written is {@link ChangeLabel#FORMATTING_ONLY}.
 */
final class SemanticDiffer {

    private final SideContext oldSide;
    private final SideContext newSide;

    SemanticDiffer(SideContext oldSide, SideContext newSide) {
        this.oldSide = oldSide;
        this.newSide = newSide;
    }

    List<BlockChange> compare(String path) {
        Map<String, AddressedBlock> olds = oldSide.blocks(path);
        Map<String, AddressedBlock> news = newSide.blocks(path);
        Set<String> addresses = new LinkedHashSet<>(olds.keySet());
        addresses.addAll(news.keySet());
        List<BlockChange> changes = new ArrayList<>();
        for (String address : addresses) {
            AddressedBlock old = olds.get(address);
            AddressedBlock now = news.get(address);
            if (old == null) {
                changes.add(oneSided(now, newSide.policies(), ChangeKind.ADDED));
            } else if (now == null) {
                changes.add(oneSided(old, oldSide.policies(), ChangeKind.REMOVED));
            } else {
                both(old, now).ifPresent(changes::add);
            }
        }
        topLevelAttributes(path).ifPresent(changes::add);
        return changes;
    }

    /**
     * The attributes outside any block, which a {@code .tfvars} file consists of, as one change
     * addressed by the file's path; formatting alone does not count. Empty when the file is on one
     * side only or no attribute changed.
     */
    private Optional<BlockChange> topLevelAttributes(String path) {
        if (!oldSide.has(path) || !newSide.has(path)) {
            return Optional.empty();
        }
        BodyComparer bodies = new BodyComparer(oldSide.policies(), newSide.policies());
        bodies.compareAttributes(oldSide.file(path).body(), newSide.file(path).body(), "");
        if (bodies.attributes().isEmpty()) {
            return Optional.empty();
        }
        ChangeLabel label = bodies.attributes().stream().map(AttributeChange::label)
                .reduce(ChangeLabel.FORMATTING_ONLY, ChangeLabel::max);
        return Optional.of(new BlockChange(path, ChangeKind.CHANGED, label, 1, 1, bodies.attributes(), bodies.access()));
    }

    private Optional<BlockChange> both(AddressedBlock old, AddressedBlock now) {
        BodyComparer bodies = new BodyComparer(oldSide.policies(), newSide.policies());
        bodies.compare(old.block().body(), now.block().body(), "");
        List<AttributeChange> attributes = bodies.attributes();
        List<AccessChange> access = bodies.access();
        if (PolicyDocumentBlocks.isPolicyDocument(old.block())) {
            Optional<PolicyDocument> oldPolicy = PolicyDocumentBlocks.read(old.block());
            Optional<PolicyDocument> newPolicy = PolicyDocumentBlocks.read(now.block());
            if (oldPolicy.isPresent() && newPolicy.isPresent()) {
                PolicyComparison comparison = AccessDiffer.compare("", oldPolicy.get(), newPolicy.get());
                attributes = attributes.stream()
                        .map(a -> new AttributeChange(a.name(), a.kind(), comparison.label()))
                        .toList();
                access = comparison.changes();
            }
        }
        if (attributes.isEmpty() && old.text().equals(now.text())) {
            return Optional.empty();
        }
        ChangeLabel label = attributes.stream().map(AttributeChange::label)
                .reduce(ChangeLabel.FORMATTING_ONLY, ChangeLabel::max);
        return Optional.of(new BlockChange(old.address(), ChangeKind.CHANGED, label,
                old.block().range().startLine(), now.block().range().startLine(), attributes, access));
    }

    private static BlockChange oneSided(AddressedBlock block, PolicyReader policies, ChangeKind kind) {
        List<AccessChange> access = new ArrayList<>();
        if (!PolicyDocumentBlocks.isPolicyDocument(block.block())) {
            BodyComparer.policiesIn(block.block().body(), "", policies, kind, access);
        }
        int line = block.block().range().startLine();
        return new BlockChange(block.address(), kind,
                access.isEmpty() ? ChangeLabel.CHANGED : ChangeLabel.ACCESS_CHANGED,
                kind == ChangeKind.REMOVED ? line : 0, kind == ChangeKind.ADDED ? line : 0,
                List.of(), access);
    }
}
