package dev.s3grant.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Default encryption of the bucket. {@code kmsKeyArn} is empty when absent; it is required for
 * {@link EncryptionType#SSE_KMS} unless {@code manageKey} creates the key.
 */
public record Encryption(EncryptionType type, String kmsKeyArn, boolean manageKey, boolean bucketKey) {
    public Encryption {
        Objects.requireNonNull(type, "type");
        kmsKeyArn = kmsKeyArn == null ? "" : kmsKeyArn;
    }

    public static Encryption sseS3() {
        return new Encryption(DesignDefaults.ENCRYPTION_TYPE, "", DesignDefaults.MANAGE_KEY, DesignDefaults.BUCKET_KEY);
    }

    public boolean isKms() {
        return type == EncryptionType.SSE_KMS;
    }

    public Optional<String> keyArn() {
        return kmsKeyArn.isEmpty() ? Optional.empty() : Optional.of(kmsKeyArn);
    }

    public Encryption withType(EncryptionType value) {
        return new Encryption(value, kmsKeyArn, manageKey, bucketKey);
    }

    public Encryption withKmsKeyArn(String value) {
        return new Encryption(type, value, manageKey, bucketKey);
    }

    public Encryption withManageKey(boolean value) {
        return new Encryption(type, kmsKeyArn, value, bucketKey);
    }

    public Encryption withBucketKey(boolean value) {
        return new Encryption(type, kmsKeyArn, manageKey, value);
    }
}
