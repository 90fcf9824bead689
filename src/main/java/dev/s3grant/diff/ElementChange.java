package dev.s3grant.diff;

import java.util.Objects;

/**
 * An action or resource that a statement gains ({@link ChangeKind#ADDED}) or loses
 * ({@link ChangeKind#REMOVED}). {@code NotAction} and {@code NotResource} values start with {@code !}.
 */
public record ElementChange(String value, ChangeKind change) {

    public ElementChange {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(change, "change");
    }
}
