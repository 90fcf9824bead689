package dev.s3grant.analysis.access;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One ad-hoc request and its evaluation: the request as evaluated (with the implied keys filled in),
 * the policies that applied, and whether the caller's identity side was assumed to allow everything.
 */
public record AdHocResult(AccessRequest request, List<String> identityPolicies, Optional<String> resourcePolicy,
                          boolean worstCaseIdentity, Evaluation evaluation) {

    public AdHocResult {
        Objects.requireNonNull(request, "request");
        identityPolicies = List.copyOf(identityPolicies);
        Objects.requireNonNull(resourcePolicy, "resourcePolicy");
        Objects.requireNonNull(evaluation, "evaluation");
    }
}
