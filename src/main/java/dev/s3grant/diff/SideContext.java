package dev.s3grant.diff;

import dev.s3grant.hcl.HclBlock;
import dev.s3grant.hcl.HclFile;
import dev.s3grant.hcl.HclParser;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One side of a comparison: its files (by path) parsed, and a policy reader that resolves
 * references to policy-document data blocks in any of them.
 */
final class SideContext {

    private final Map<String, String> texts;
    private final Map<String, HclFile> files = new LinkedHashMap<>();
    private final Map<String, Map<String, AddressedBlock>> blocks = new LinkedHashMap<>();
    private final PolicyReader policies;

    SideContext(Map<String, String> texts) {
        this.texts = Map.copyOf(texts);
        Map<String, HclBlock> documents = new LinkedHashMap<>();
        texts.forEach((path, text) -> {
            HclFile file = HclParser.parse(text);
            files.put(path, file);
            blocks.put(path, BlockIndex.of(file, text));
            for (HclBlock block : file.body().blocks()) {
                if (PolicyDocumentBlocks.isPolicyDocument(block)) {
                    documents.putIfAbsent(block.labels().get(1), block);
                }
            }
        });
        this.policies = new PolicyReader(documents);
    }

    boolean has(String path) {
        return texts.containsKey(path);
    }

    String text(String path) {
        return texts.get(path);
    }

    HclFile file(String path) {
        return files.get(path);
    }

    Map<String, AddressedBlock> blocks(String path) {
        return blocks.getOrDefault(path, Map.of());
    }

    Map<String, Map<String, AddressedBlock>> allBlocks() {
        return blocks;
    }

    PolicyReader policies() {
        return policies;
    }
}
