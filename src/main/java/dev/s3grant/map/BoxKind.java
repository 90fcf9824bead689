package dev.s3grant.map;

/** What a box of the grant map stands for. */
public enum BoxKind {
    ORGANIZATION,
    WRITER_ACCOUNT,
    /** Several writer accounts drawn as one box, when there are too many to draw one by one. */
    WRITER_GROUP,
    SERVICE,
    ROLE,
    OWNER_ACCOUNT,
    BUCKET,
    PREFIX,
    KEY,
    /** A principal of an existing policy that the design does not know. */
    FOREIGN_PRINCIPAL
}
