package dev.s3grant.analysis.access;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The policies that apply to a request: the caller's identity-based policies (none for a service)
 * and the resource's policy, if it has one.
 */
public record PolicySet(List<NamedPolicy> identityPolicies, Optional<NamedPolicy> resourcePolicy, ResourcePolicyKind kind) {

    public PolicySet {
        identityPolicies = List.copyOf(identityPolicies);
        Objects.requireNonNull(resourcePolicy, "resourcePolicy");
        Objects.requireNonNull(kind, "kind");
    }

    public static PolicySet of(List<NamedPolicy> identityPolicies, NamedPolicy resourcePolicy, ResourcePolicyKind kind) {
        return new PolicySet(identityPolicies, Optional.of(resourcePolicy), kind);
    }
}
