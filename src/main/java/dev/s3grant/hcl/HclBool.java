package dev.s3grant.hcl;

/** {@code true} or {@code false}. */
public record HclBool(boolean value) implements HclValue {
}
