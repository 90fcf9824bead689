package dev.s3grant.existing.reading;

import dev.s3grant.policy.PolicyDocument;
import java.util.Objects;
import java.util.Optional;

/**
 * The statements of the imported bucket policy and key policy that are not the grant's: what
 * the bucket and the key already allow or deny for others. Empty when every statement was the
 * grant's. This is the hand-over to the design's existing policies (merge).
 */
public record ExistingPolicies(Optional<PolicyDocument> bucketPolicy, Optional<PolicyDocument> keyPolicy) {

    public ExistingPolicies {
        Objects.requireNonNull(bucketPolicy, "bucketPolicy");
        Objects.requireNonNull(keyPolicy, "keyPolicy");
    }

    public static ExistingPolicies none() {
        return new ExistingPolicies(Optional.empty(), Optional.empty());
    }

    public boolean isEmpty() {
        return bucketPolicy.isEmpty() && keyPolicy.isEmpty();
    }
}
