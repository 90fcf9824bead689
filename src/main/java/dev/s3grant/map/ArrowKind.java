package dev.s3grant.map;

/** The request an arrow of the grant map stands for. */
public enum ArrowKind {
    ASSUME_ROLE,
    PUT_OBJECT,
    KMS
}
