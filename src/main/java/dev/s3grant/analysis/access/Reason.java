package dev.s3grant.analysis.access;

/** Why a request got its decision; each has a message key {@code access.reason.<name>}. */
public enum Reason {
    /** An applicable Deny statement. */
    EXPLICIT_DENY,
    /** Across accounts: the identity-based policy and the resource-based policy both allow. */
    BOTH_SIDES_ALLOW,
    /** Within one account: an Allow in either policy suffices (the resource policy named the caller itself). */
    SAME_ACCOUNT_ALLOW,
    /** A service principal: the resource policy (a trust policy) allows the service. */
    SERVICE_ALLOWED,
    /** No applicable Allow anywhere. */
    NO_ALLOW,
    /** The identity-based policy allows, but the resource-based policy, which must, does not. */
    RESOURCE_POLICY_DOES_NOT_ALLOW,
    /** The resource-based policy allows (or delegates to the account), but no identity-based policy allows. */
    IDENTITY_POLICY_DOES_NOT_ALLOW;

    public String messageKey() {
        return "access.reason." + name();
    }
}
