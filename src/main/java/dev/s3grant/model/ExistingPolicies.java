package dev.s3grant.model;

import java.util.Objects;

/**
 * The policies the bucket and its KMS key have today, which the generated policies are merged
 * into (docs/decisions/0029-merge-into-existing-policies.md). Each is the canonical JSON text of a
 * policy document, or empty when the design names none; the layers above the model parse them.
 */
public record ExistingPolicies(String bucketPolicy, String keyPolicy) {

    private static final ExistingPolicies NONE = new ExistingPolicies("", "");

    public ExistingPolicies {
        Objects.requireNonNull(bucketPolicy, "bucketPolicy");
        Objects.requireNonNull(keyPolicy, "keyPolicy");
    }

    public static ExistingPolicies none() {
        return NONE;
    }

    /** True when the design names neither an existing bucket policy nor an existing key policy. */
    public boolean isEmpty() {
        return bucketPolicy.isEmpty() && keyPolicy.isEmpty();
    }

    public boolean hasBucketPolicy() {
        return !bucketPolicy.isEmpty();
    }

    public boolean hasKeyPolicy() {
        return !keyPolicy.isEmpty();
    }

    public ExistingPolicies withBucketPolicy(String value) {
        return new ExistingPolicies(value, keyPolicy);
    }

    public ExistingPolicies withKeyPolicy(String value) {
        return new ExistingPolicies(bucketPolicy, value);
    }
}
