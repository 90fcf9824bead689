package dev.s3grant.terraform;

import java.util.ArrayList;
import java.util.List;

/** A whole file: header comment lines, then top-level blocks (each with optional comment lines) separated by blank lines. */
final class HclFileBuilder {

    private final List<HclNode> nodes = new ArrayList<>();

    HclFileBuilder(List<String> header) {
        header.forEach(line -> nodes.add(new HclNode.Comment(line)));
    }

    HclFileBuilder block(HclNode.Block block) {
        return block(List.of(), block);
    }

    /** A block preceded by comment lines that explain it. */
    HclFileBuilder block(List<String> comments, HclNode.Block block) {
        separate();
        comments.forEach(line -> nodes.add(new HclNode.Comment(line)));
        nodes.add(block);
        return this;
    }

    /** Top-level attributes, as in {@code terraform.tfvars}; consecutive ones share one aligned run. */
    HclFileBuilder attributes(List<HclNode.Attribute> attributes) {
        separate();
        nodes.addAll(attributes);
        return this;
    }

    private void separate() {
        if (!nodes.isEmpty()) {
            nodes.add(new HclNode.Blank());
        }
    }

    String render() {
        return HclRenderer.file(nodes);
    }
}
