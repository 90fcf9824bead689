package dev.s3grant.diff;

import dev.s3grant.hcl.HclAttribute;
import dev.s3grant.hcl.HclBlock;
import dev.s3grant.hcl.HclBody;
import dev.s3grant.hcl.HclFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The top-level blocks of a file by address ({@link HclBlock#address()}), in source order. All
 * {@code locals} blocks of a file count as one, since moving a local value between them changes
 * nothing. Any other address that occurs again (which Terraform refuses) gets {@code #2},
 * {@code #3}, ... so that no block is lost.
 */
final class BlockIndex {

    private BlockIndex() {
    }

    static Map<String, AddressedBlock> of(HclFile file, String source) {
        Map<String, AddressedBlock> index = new LinkedHashMap<>();
        List<HclBlock> locals = new ArrayList<>();
        for (HclBlock block : file.body().blocks()) {
            if (block.type().equals("locals") && block.labels().isEmpty()) {
                locals.add(block);
                index.putIfAbsent("locals", null);
                continue;
            }
            String address = block.address();
            String key = address;
            for (int n = 2; index.containsKey(key); n++) {
                key = address + "#" + n;
            }
            index.put(key, new AddressedBlock(key, block, text(source, block)));
        }
        if (!locals.isEmpty()) {
            index.put("locals", mergedLocals(locals, source));
        }
        return index;
    }

    private static AddressedBlock mergedLocals(List<HclBlock> locals, String source) {
        List<HclAttribute> attributes = new ArrayList<>();
        List<HclBlock> blocks = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (HclBlock block : locals) {
            attributes.addAll(block.body().attributes());
            blocks.addAll(block.body().blocks());
            text.append(text(source, block)).append('\n');
        }
        HclBlock first = locals.get(0);
        HclBlock merged = new HclBlock("locals", List.of(), new HclBody(attributes, blocks), first.range(), first.headerRange());
        return new AddressedBlock("locals", merged, text.toString());
    }

    private static String text(String source, HclBlock block) {
        int start = Math.min(block.range().startOffset(), source.length());
        int end = Math.min(block.range().endOffset(), source.length());
        return source.substring(start, end);
    }
}
