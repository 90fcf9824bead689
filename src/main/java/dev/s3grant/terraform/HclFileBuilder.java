package dev.s3grant.terraform;

import dev.s3grant.document.BlockRole;
import dev.s3grant.document.ElementKind;
import dev.s3grant.document.FileElement;
import dev.s3grant.document.FileKind;
import dev.s3grant.document.GeneratedFile;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A whole file: header comment lines, then top-level blocks (each with optional comment lines)
 * separated by blank lines. Rendered, it is a {@link GeneratedFile} whose elements are its
 * top-level blocks (with the role the composer gave each, and the composer's writer), its top-level
 * attributes and the named blocks inside its blocks.
 */
final class HclFileBuilder {

    private final List<HclNode> nodes = new ArrayList<>();
    private final Map<HclNode.Block, BlockRole> roles = new IdentityHashMap<>();
    private final OptionalInt writer;

    /** A file of the bucket owner, or of no account. */
    HclFileBuilder(List<String> header) {
        this(header, OptionalInt.empty());
    }

    /** {@code writer}: the index of the writer whose account the file's blocks belong to. */
    HclFileBuilder(List<String> header, OptionalInt writer) {
        header.forEach(line -> nodes.add(new HclNode.Comment(line)));
        this.writer = writer;
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

    /** A block with the role it plays in the grant. */
    HclFileBuilder block(BlockRole role, HclNode.Block block) {
        return block(role, List.of(), block);
    }

    /** A block with the role it plays in the grant, preceded by comment lines that explain it. */
    HclFileBuilder block(BlockRole role, List<String> comments, HclNode.Block block) {
        roles.put(block, role);
        return block(comments, block);
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

    GeneratedFile render(String path, FileKind kind) {
        HclRenderer.Rendered rendered = HclRenderer.render(nodes);
        int[] lineStarts = new int[rendered.lines().size() + 1];
        for (int i = 0; i < rendered.lines().size(); i++) {
            lineStarts[i + 1] = lineStarts[i] + rendered.lines().get(i).length() + 1;
        }
        List<FileElement> elements = new ArrayList<>();
        for (HclRenderer.Placed p : rendered.placed()) {
            int start = lineStarts[p.firstLine()];
            int end = lineStarts[p.lastLine() + 1] - 1;
            elements.add(element(p, start, end));
        }
        elements.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        return new GeneratedFile(path, kind, rendered.text(), Optional.empty(), elements);
    }

    private FileElement element(HclRenderer.Placed p, int start, int end) {
        if (p.node() instanceof HclNode.Attribute attribute) {
            return FileElement.of(ElementKind.VALUE, attribute.name(), start, end, "");
        }
        HclNode.Block block = (HclNode.Block) p.node();
        if (p.top() != null) {
            String parent = p.top().address();
            return FileElement.of(ElementKind.STATEMENT, parent + "/" + block.element(), start, end, parent);
        }
        if (block.type().equals("variable")) {
            return FileElement.of(ElementKind.VARIABLE, block.address(), start, end, "");
        }
        BlockRole role = roles.get(block);
        return new FileElement(ElementKind.BLOCK, block.address(), start, end, "", Optional.ofNullable(role),
                role == null ? OptionalInt.empty() : writer);
    }
}
