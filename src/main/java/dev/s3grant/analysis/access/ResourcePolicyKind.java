package dev.s3grant.analysis.access;

/**
 * What kind of resource-based policy guards the resource. Role trust policies and KMS key policies
 * must allow the principal themselves: an identity-based Allow alone is not enough even in the same
 * account, and a grant to the account root hands the decision to that account's IAM policies
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html).
 */
public enum ResourcePolicyKind {
    /** A bucket policy and other ordinary resource-based policies. */
    ORDINARY,
    /** A role's trust policy, for {@code sts:AssumeRole}. */
    ROLE_TRUST,
    /** A KMS key policy, for {@code kms:*}. */
    KMS_KEY;

    /** True when this policy must allow the request whatever the identity-based policies say. */
    public boolean mustAllow() {
        return this != ORDINARY;
    }
}
