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
    private Map<String, String> moves;

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
                Optional<Origin> origin = origin(path, address);
                changes.add(origin.isPresent() ? moved(origin.get(), now)
                        : oneSided(now, newSide.policies(), ChangeKind.ADDED));
            } else if (now == null) {
                if (!movedAway(path, address)) {
                    changes.add(oneSided(old, oldSide.policies(), ChangeKind.REMOVED));
                }
            } else {
                both(old, now).ifPresent(changes::add);
            }
        }
        topLevelAttributes(path).ifPresent(changes::add);
        return changes;
    }

    /** Where a block on the new side was on the old side: its block and what to call that place. */
    private record Origin(AddressedBlock block, String from) {
    }

    /**
     * The old block a new-only block came from: the same address in another file that no longer
     * holds it, or the {@code from} address of a {@code moved} block of the new side.
     */
    private Optional<Origin> origin(String path, String address) {
        if (movable(address)) {
            for (Map.Entry<String, Map<String, AddressedBlock>> file : oldSide.allBlocks().entrySet()) {
                if (!file.getKey().equals(path) && file.getValue().containsKey(address)
                        && !newSide.blocks(file.getKey()).containsKey(address)) {
                    return Optional.of(new Origin(file.getValue().get(address), file.getKey()));
                }
            }
        }
        for (Map.Entry<String, String> move : moves().entrySet()) {
            if (move.getValue().equals(address)) {
                Optional<AddressedBlock> from = oldSide.allBlocks().values().stream()
                        .map(blocks -> blocks.get(move.getKey())).filter(java.util.Objects::nonNull).findFirst();
                if (from.isPresent() && !declaredOnNewSide(move.getKey())) {
                    return Optional.of(new Origin(from.get(), move.getKey()));
                }
            }
        }
        return Optional.empty();
    }

    /** True when an old-only block of this file is reported where it went (see {@link #origin}). */
    private boolean movedAway(String path, String address) {
        if (movable(address)) {
            for (Map.Entry<String, Map<String, AddressedBlock>> file : newSide.allBlocks().entrySet()) {
                if (!file.getKey().equals(path) && file.getValue().containsKey(address)
                        && !oldSide.blocks(file.getKey()).containsKey(address)) {
                    return true;
                }
            }
        }
        String to = moves().get(address);
        return to != null && declaredOnNewSide(to) && !declaredOnNewSide(address);
    }

    private boolean declaredOnNewSide(String address) {
        return newSide.allBlocks().values().stream().anyMatch(blocks -> blocks.containsKey(address));
    }

    /** Blocks with a name of their own, which can move between files (not {@code locals}, {@code terraform}). */
    private static boolean movable(String address) {
        return address.startsWith("resource.") || address.startsWith("data.") || address.startsWith("module.")
                || address.startsWith("variable.") || address.startsWith("output.");
    }

    /** The new side's {@code moved} blocks: old resource address to new, as blocks are addressed here. */
    private Map<String, String> moves() {
        if (moves == null) {
            moves = new java.util.LinkedHashMap<>();
            for (String path : newSide.allBlocks().keySet()) {
                for (dev.s3grant.hcl.HclBlock block : newSide.file(path).body().blocks("moved")) {
                    Optional<String> from = reference(block, "from");
                    Optional<String> to = reference(block, "to");
                    if (from.isPresent() && to.isPresent()) {
                        moves.put(from.get(), to.get());
                    }
                }
            }
        }
        return moves;
    }

    private static Optional<String> reference(dev.s3grant.hcl.HclBlock block, String name) {
        return block.body().attribute(name).map(a -> a.expression().value())
                .filter(dev.s3grant.hcl.HclReference.class::isInstance)
                .map(v -> ((dev.s3grant.hcl.HclReference) v).traversal())
                .map(t -> t.startsWith("module.") ? t : "resource." + t);
    }

    private BlockChange moved(Origin origin, AddressedBlock now) {
        AddressedBlock old = origin.block();
        Optional<BlockChange> changed = both(old, now);
        ChangeLabel label = changed.map(BlockChange::label).orElse(ChangeLabel.FORMATTING_ONLY);
        return new BlockChange(now.address(), ChangeKind.MOVED, label, old.block().range().startLine(),
                now.block().range().startLine(), changed.map(BlockChange::attributes).orElse(List.of()),
                changed.map(BlockChange::access).orElse(List.of()), origin.from());
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
