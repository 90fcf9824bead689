package dev.s3grant.hcl;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The attributes and blocks of a file or of a block, each list in source order. */
public record HclBody(List<HclAttribute> attributes, List<HclBlock> blocks) {

    public HclBody {
        attributes = List.copyOf(attributes);
        blocks = List.copyOf(blocks);
    }

    public static HclBody empty() {
        return new HclBody(List.of(), List.of());
    }

    /** Attributes and blocks together, in source order. */
    public List<HclBodyItem> items() {
        List<HclBodyItem> items = new ArrayList<>(attributes.size() + blocks.size());
        items.addAll(attributes);
        items.addAll(blocks);
        items.sort(Comparator.comparingInt(item -> item.range().startOffset()));
        return List.copyOf(items);
    }

    /** The first attribute with this name. */
    public Optional<HclAttribute> attribute(String name) {
        for (HclAttribute a : attributes) {
            if (a.name().equals(name)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** The blocks of this type, in source order. */
    public List<HclBlock> blocks(String type) {
        return blocks.stream().filter(b -> b.type().equals(type)).toList();
    }
}
