package dev.s3grant.diff;

import dev.s3grant.hcl.HclAttribute;
import dev.s3grant.hcl.HclBlock;
import dev.s3grant.hcl.HclBody;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
        List<FileDiff> out = new ArrayList<>();
        for (FileDiff file : files) {
            List<BlockChange> blocks = new ArrayList<>();
            for (BlockChange block : file.blocks()) {
                blocks.add(relabel(block, file.path(), files, block.kind() == ChangeKind.ADDED ? newSide : oldSide));
            }
            out.add(new FileDiff(file.path(), file.oldName(), file.newName(), file.presence(), file.text(), blocks,
                    file.oldErrors(), file.newErrors()));
        }
        return out;
    }

    private static BlockChange relabel(BlockChange block, String path, List<FileDiff> files, SideContext side) {
        if (block.kind() == ChangeKind.CHANGED) {
            return block;
        }
        AddressedBlock addressed = side.blocks(path).get(block.address());
        if (addressed == null || !PolicyDocumentBlocks.isPolicyDocument(addressed.block())) {
            return block;
        }
        String name = addressed.block().labels().get(1);
        ChangeLabel label = null;
        for (Map.Entry<String, Map<String, AddressedBlock>> file : side.allBlocks().entrySet()) {
            for (AddressedBlock user : file.getValue().values()) {
                if (uses(user.block().body(), name)) {
                    ChangeLabel contribution = changeOf(files, file.getKey(), user.address())
                            .filter(c -> c.label() == ChangeLabel.ACCESS_CHANGED)
                            .map(c -> ChangeLabel.ACCESS_CHANGED)
                            .orElse(ChangeLabel.FORMATTING_ONLY);
                    label = label == null ? contribution : label.max(contribution);
                }
            }
        }
        return new BlockChange(block.address(), block.kind(), label == null ? ChangeLabel.CHANGED : label,
                block.oldLine(), block.newLine(), block.attributes(), block.access());
    }

    private static java.util.Optional<BlockChange> changeOf(List<FileDiff> files, String path, String address) {
        return files.stream().filter(f -> f.path().equals(path))
                .flatMap(f -> f.blocks().stream())
                .filter(b -> b.address().equals(address))
                .findFirst();
    }

    private static boolean uses(HclBody body, String document) {
        for (HclAttribute attribute : body.attributes()) {
            if (PolicyReader.referencedDocument(attribute.expression().value()).filter(document::equals).isPresent()) {
                return true;
            }
        }
        for (HclBlock nested : body.blocks()) {
            if (uses(nested.body(), document)) {
                return true;
            }
        }
        return false;
    }
}
