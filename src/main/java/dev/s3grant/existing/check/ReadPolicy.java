package dev.s3grant.existing.check;

import dev.s3grant.policy.PolicyDocument;
import java.util.Objects;

/**
 * A policy document read out of a file, with the name the results show ({@code file#address} for
 * Terraform, the file name for JSON) and the file it came from.
 */
public record ReadPolicy(String name, String file, PolicyDocument document) {

    public ReadPolicy {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(document, "document");
    }

    ReadPolicy with(PolicyDocument other) {
        return new ReadPolicy(name, file, other);
    }
}
