package dev.s3grant.diff;

import java.util.Objects;

/**
 * An attribute (or nested block) of a block that differs. The name is its path inside the block:
 * {@code policy}, {@code rule.object_ownership}, {@code statement[1].actions}, {@code statement[2]}
 * for a whole nested block.
 */
public record AttributeChange(String name, ChangeKind kind, ChangeLabel label) {

    public AttributeChange {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
    }
}
