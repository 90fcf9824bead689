package dev.s3grant.diff;

import dev.s3grant.hcl.HclAttribute;
import dev.s3grant.hcl.HclBlock;
import dev.s3grant.hcl.HclBody;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Labels policy-document data blocks that exist on one side only. Such a block grants nothing
 * itself; it matters through the attributes that use it ({@code policy =
 * data.aws_iam_policy_document.x.json}). So it is formatting only when every block that uses it
 * grants the same access as before (a {@code jsonencode} policy rewritten as a policy document),
 * access changed when one of them changes access, and changed when nothing uses it.
 */
final class PolicyDocumentLabels {

    private PolicyDocumentLabels() {
    }

    static List<FileDiff> apply(List<FileDiff> files, SideContext oldSide, SideContext newSide) {
        Map<List<String>, BlockChange> changes = new HashMap<>();
        for (FileDiff file : files) {
            file.blocks().forEach(b -> changes.putIfAbsent(List.of(file.path(), b.address()), b));
        }
        Map<String, List<List<String>>> oldUsers = users(oldSide);
        Map<String, List<List<String>>> newUsers = users(newSide);
        List<FileDiff> out = new ArrayList<>();
        for (FileDiff file : files) {
            List<BlockChange> blocks = new ArrayList<>();
            for (BlockChange block : file.blocks()) {
                boolean added = block.kind() == ChangeKind.ADDED;
                blocks.add(relabel(block, file.path(), added ? newSide : oldSide, added ? newUsers : oldUsers, changes));
            }
            out.add(new FileDiff(file.path(), file.oldName(), file.newName(), file.presence(), file.text(), blocks,
                    file.oldErrors(), file.newErrors()));
        }
        return out;
    }

    private static BlockChange relabel(BlockChange block, String path, SideContext side,
                                       Map<String, List<List<String>>> users, Map<List<String>, BlockChange> changes) {
        if (block.kind() == ChangeKind.CHANGED) {
            return block;
        }
        AddressedBlock addressed = side.blocks(path).get(block.address());
        if (addressed == null || !PolicyDocumentBlocks.isPolicyDocument(addressed.block())) {
            return block;
        }
        String name = addressed.block().labels().get(1);
        ChangeLabel label = null;
        for (List<String> user : users.getOrDefault(name, List.of())) {
            BlockChange change = changes.get(user);
            ChangeLabel contribution = change != null && change.label() == ChangeLabel.ACCESS_CHANGED
                    ? ChangeLabel.ACCESS_CHANGED : ChangeLabel.FORMATTING_ONLY;
            label = label == null ? contribution : label.max(contribution);
        }
        return new BlockChange(block.address(), block.kind(), label == null ? ChangeLabel.CHANGED : label,
                block.oldLine(), block.newLine(), block.attributes(), block.access());
    }

    /** The blocks of a side, as {@code [path, address]}, that use each policy-document data block, by its name. */
    private static Map<String, List<List<String>>> users(SideContext side) {
        Map<String, List<List<String>>> users = new HashMap<>();
        side.allBlocks().forEach((path, blocks) -> blocks.values().forEach(user -> {
            Set<String> used = new LinkedHashSet<>();
            collectUses(user.block().body(), used);
            used.forEach(name -> users.computeIfAbsent(name, k -> new ArrayList<>()).add(List.of(path, user.address())));
        }));
        return users;
    }

    /** The names of the policy-document data blocks a body refers to, at any depth. */
    private static void collectUses(HclBody body, Set<String> into) {
        for (HclAttribute attribute : body.attributes()) {
            PolicyReader.referencedDocument(attribute.expression().value()).ifPresent(into::add);
        }
        for (HclBlock nested : body.blocks()) {
            collectUses(nested.body(), into);
        }
    }
}
