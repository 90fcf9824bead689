package dev.s3grant.analysis.access;

/** What a row of the access matrix is meant to get: allowed, or denied in either way. */
public enum Expectation {
    ALLOWED,
    DENIED;

    public boolean accepts(Decision decision) {
        return decision.allowed() == (this == ALLOWED);
    }

    public static Expectation of(boolean allowed) {
        return allowed ? ALLOWED : DENIED;
    }
}
