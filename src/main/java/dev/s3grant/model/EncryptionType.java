package dev.s3grant.model;

/** Default encryption of the bucket. */
public enum EncryptionType {
    SSE_S3,
    SSE_KMS
}
