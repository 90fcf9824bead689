package dev.s3grant.hcl;

/** The {@code null} literal. */
public record HclNull() implements HclValue {
}
