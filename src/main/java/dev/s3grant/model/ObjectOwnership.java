package dev.s3grant.model;

/** S3 Object Ownership of the bucket; the names are the S3 API values. */
public enum ObjectOwnership {
    BucketOwnerEnforced,
    BucketOwnerPreferred,
    ObjectWriter;

    /** True when ACLs are disabled and every object belongs to the bucket owner. */
    public boolean aclsDisabled() {
        return this == BucketOwnerEnforced;
    }
}
