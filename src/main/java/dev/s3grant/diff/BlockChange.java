package dev.s3grant.diff;

import java.util.List;
import java.util.Objects;

/**
 * A top-level block that was added, removed or changed, by its address
 * ({@code resource.aws_s3_bucket_policy.main}). Lines are where the block starts on each side
 * (0 on the side where it does not exist).
 */
public record BlockChange(
        String address,
        ChangeKind kind,
        ChangeLabel label,
        int oldLine,
        int newLine,
        List<AttributeChange> attributes,
        List<AccessChange> access) {

    public BlockChange {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        attributes = List.copyOf(attributes);
        access = List.copyOf(access);
    }

    public boolean formattingOnly() {
        return label == ChangeLabel.FORMATTING_ONLY;
    }
}
