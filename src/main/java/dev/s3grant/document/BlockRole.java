package dev.s3grant.document;

/**
 * What a Terraform block is for, as the file composer that wrote it knows: the role decides the
 * block's explanation, so nothing has to find it again from the block's address.
 */
public enum BlockRole {
    REGION_CHECK,
    WRITER_TRUST_DOCUMENT,
    WRITER_ROLE,
    WRITER_ROLE_DOCUMENT,
    WRITER_ROLE_POLICY,
    WRITER_INSTANCE_PROFILE,
    BUCKET,
    OWNERSHIP_CONTROLS,
    PUBLIC_ACCESS_BLOCK,
    KEY_POLICY_DOCUMENT,
    KMS_KEY,
    KMS_ALIAS,
    ENCRYPTION,
    BUCKET_POLICY_DOCUMENT,
    BUCKET_POLICY
}
