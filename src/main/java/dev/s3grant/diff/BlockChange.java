package dev.s3grant.diff;

import java.util.List;
import java.util.Objects;

/**
 * A top-level block that was added, removed, changed or moved, by its address
 * ({@code resource.aws_s3_bucket_policy.main}). Lines are where the block starts on each side
 * (0 on the side where it does not exist). A moved block names where it was: its old address (a
 * {@code moved} block took it there) or its old file; empty for every other change.
 */
public record BlockChange(
        String address,
        ChangeKind kind,
        ChangeLabel label,
        int oldLine,
        int newLine,
        List<AttributeChange> attributes,
        List<AccessChange> access,
        String movedFrom) {

    public BlockChange(String address, ChangeKind kind, ChangeLabel label, int oldLine, int newLine,
                       List<AttributeChange> attributes, List<AccessChange> access) {
        this(address, kind, label, oldLine, newLine, attributes, access, "");
    }

    public BlockChange {
        Objects.requireNonNull(movedFrom, "movedFrom");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        attributes = List.copyOf(attributes);
        access = List.copyOf(access);
    }

    /** True when only the layout changed; a move is never formatting only, even when its text is unchanged. */
    public boolean formattingOnly() {
        return label == ChangeLabel.FORMATTING_ONLY && kind != ChangeKind.MOVED;
    }
}
