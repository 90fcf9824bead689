package dev.s3grant.terraform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds a block body item by item. Blank lines are kept only between items: a blank line at the
 * start, at the end or after another blank line is dropped.
 */
final class HclBlockBuilder {

    private final String type;
    private final List<String> labels;
    private final List<HclNode> body = new ArrayList<>();
    private String element = "";

    private HclBlockBuilder(String type, List<String> labels) {
        this.type = type;
        this.labels = labels;
    }

    static HclBlockBuilder block(String type, String... labels) {
        return new HclBlockBuilder(type, Arrays.asList(labels));
    }

    /** Makes the block an element of the generated file, by this name (a statement's Sid). */
    HclBlockBuilder element(String name) {
        this.element = name;
        return this;
    }

    HclBlockBuilder attribute(String name, HclExpr value) {
        body.add(new HclNode.Attribute(name, value));
        return this;
    }

    HclBlockBuilder attribute(String name, TemplateText value) {
        return attribute(name, HclExpr.text(value));
    }

    HclBlockBuilder block(HclNode.Block block) {
        body.add(block);
        return this;
    }

    HclBlockBuilder comment(String text) {
        body.add(new HclNode.Comment(text));
        return this;
    }

    HclBlockBuilder blank() {
        if (!body.isEmpty() && !(body.get(body.size() - 1) instanceof HclNode.Blank)) {
            body.add(new HclNode.Blank());
        }
        return this;
    }

    /** {@code provider = <reference>} and a blank line, when the account has a provider reference. */
    HclBlockBuilder provider(ProviderReference provider) {
        provider.expression().ifPresent(reference -> attribute("provider", reference).blank());
        return this;
    }

    HclNode.Block build() {
        List<HclNode> items = new ArrayList<>(body);
        while (!items.isEmpty() && items.get(items.size() - 1) instanceof HclNode.Blank) {
            items.remove(items.size() - 1);
        }
        return new HclNode.Block(type, labels, items, element);
    }
}
