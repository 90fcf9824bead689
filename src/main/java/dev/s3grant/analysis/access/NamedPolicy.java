package dev.s3grant.analysis.access;

import dev.s3grant.policy.PolicyDocument;
import java.util.Objects;

/** A policy document with the name the results show, usually its file name. */
public record NamedPolicy(String name, PolicyDocument document) {
    public NamedPolicy {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(document, "document");
    }
}
