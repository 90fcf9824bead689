package dev.s3grant.policy;

/** The effect of a policy statement. */
public enum Effect {
    Allow,
    Deny
}
