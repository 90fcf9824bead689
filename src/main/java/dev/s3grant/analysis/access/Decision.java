package dev.s3grant.analysis.access;

/** The outcome of evaluating one request, as IAM names them. */
public enum Decision {
    /** At least one applicable Allow on every side that must allow, and no applicable Deny. */
    ALLOW,
    /** No applicable Deny, but not enough Allows: the default. */
    IMPLICIT_DENY,
    /** An applicable Deny statement: it wins over every Allow. */
    EXPLICIT_DENY;

    public boolean allowed() {
        return this == ALLOW;
    }
}
