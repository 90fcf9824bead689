package dev.s3grant.model;

import java.util.Objects;

/** The account that owns the bucket. {@code terraformProvider} is empty for the default provider. */
public record BucketOwner(String alias, String accountId, String terraformProvider) {
    public BucketOwner {
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(terraformProvider, "terraformProvider");
    }

    public BucketOwner withAlias(String value) {
        return new BucketOwner(value, accountId, terraformProvider);
    }

    public BucketOwner withAccountId(String value) {
        return new BucketOwner(alias, value, terraformProvider);
    }

    public BucketOwner withTerraformProvider(String value) {
        return new BucketOwner(alias, accountId, value);
    }
}
