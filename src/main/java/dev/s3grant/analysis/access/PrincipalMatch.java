package dev.s3grant.analysis.access;

/**
 * How a resource-policy statement names the caller. {@code ACCOUNT} (an account ID or root ARN)
 * delegates to the caller's account: its identity-based policies must allow as well, even in the
 * same account. {@code DIRECT} names the caller itself (its ARN, its role, {@code *}, or its service).
 */
enum PrincipalMatch {
    NONE,
    ACCOUNT,
    DIRECT;

    PrincipalMatch or(PrincipalMatch other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
