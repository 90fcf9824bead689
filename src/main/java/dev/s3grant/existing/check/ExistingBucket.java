package dev.s3grant.existing.check;

import java.util.Objects;
import java.util.Optional;

/**
 * The bucket side an existing file declares: the bucket's name (from {@code aws_s3_bucket}, or the
 * {@code bucket} of its policy resource), its policy, its Object Ownership and its default
 * encryption, as read.
 *
 * @param file       the file that declares the bucket or its policy
 * @param address    the address of the {@code aws_s3_bucket}; empty when the files declare only a policy
 * @param name       the bucket name, possibly with <code>${...}</code>
 * @param policy     the bucket policy, when the files have one
 * @param ownership  the Object Ownership setting; empty when the files do not set it
 * @param kmsKey     the key of SSE-KMS default encryption (an ARN or a reference); empty without
 * @param bucketKey  whether S3 Bucket Keys are enabled for that encryption
 */
public record ExistingBucket(String file, String address, String name, Optional<ReadPolicy> policy, String ownership, String kmsKey,
                             boolean bucketKey) {

    public ExistingBucket {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(ownership, "ownership");
        Objects.requireNonNull(kmsKey, "kmsKey");
    }

    /** ACLs are disabled when Object Ownership is {@code BucketOwnerEnforced}, the default for new buckets. */
    public boolean aclsDisabled() {
        return ownership.isEmpty() || ownership.equals("BucketOwnerEnforced");
    }
}
