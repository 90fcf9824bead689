package dev.s3grant.map;

/** What the access check found for the request an arrow stands for. */
public enum ArrowStatus {
    ALLOWED_AS_INTENDED,
    DENIED_AS_INTENDED,
    NOT_AS_INTENDED
}
