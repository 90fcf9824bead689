package dev.s3grant.analysis.access;

import dev.s3grant.policy.PolicyDocument;
import java.util.Objects;

/**
 * A policy document with the name the results show, usually its file name, and the index of its
 * statements by the accounts their principals name (used when it is a resource-based policy).
 */
public final class NamedPolicy {

    private final String name;
    private final PolicyDocument document;
    private final PrincipalIndex principals;

    public NamedPolicy(String name, PolicyDocument document) {
        this.name = Objects.requireNonNull(name, "name");
        this.document = Objects.requireNonNull(document, "document");
        this.principals = new PrincipalIndex(document);
    }

    public String name() {
        return name;
    }

    public PolicyDocument document() {
        return document;
    }

    PrincipalIndex principals() {
        return principals;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NamedPolicy p && name.equals(p.name) && document.equals(p.document);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, document);
    }

    @Override
    public String toString() {
        return "NamedPolicy[name=" + name + ", document=" + document + "]";
    }
}
