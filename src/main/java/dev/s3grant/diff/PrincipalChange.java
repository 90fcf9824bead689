package dev.s3grant.diff;

import java.util.Objects;

/**
 * A principal a statement gains or loses: its type ({@code AWS}, {@code Service}, ...; {@code *}
 * for anyone) and value. A {@code NotPrincipal} type starts with {@code !}.
 */
public record PrincipalChange(String type, String value, ChangeKind change) {

    public PrincipalChange {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(change, "change");
    }
}
