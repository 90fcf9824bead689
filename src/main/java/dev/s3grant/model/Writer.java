package dev.s3grant.model;

import java.util.Objects;

/** A workload role in a writer account that puts objects into the bucket. */
public record Writer(
        String alias,
        String accountId,
        String roleName,
        String rolePath,
        Principals principals,
        boolean allowAbortMultipartUpload,
        boolean allowPutObjectTagging,
        String terraformProvider) {

    public Writer {
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(roleName, "roleName");
        Objects.requireNonNull(rolePath, "rolePath");
        Objects.requireNonNull(principals, "principals");
        Objects.requireNonNull(terraformProvider, "terraformProvider");
    }

    public Writer withAlias(String value) {
        return new Writer(value, accountId, roleName, rolePath, principals, allowAbortMultipartUpload, allowPutObjectTagging, terraformProvider);
    }

    public Writer withAccountId(String value) {
        return new Writer(alias, value, roleName, rolePath, principals, allowAbortMultipartUpload, allowPutObjectTagging, terraformProvider);
    }

    public Writer withRoleName(String value) {
        return new Writer(alias, accountId, value, rolePath, principals, allowAbortMultipartUpload, allowPutObjectTagging, terraformProvider);
    }

    public Writer withRolePath(String value) {
        return new Writer(alias, accountId, roleName, value, principals, allowAbortMultipartUpload, allowPutObjectTagging, terraformProvider);
    }

    public Writer withPrincipals(Principals value) {
        return new Writer(alias, accountId, roleName, rolePath, value, allowAbortMultipartUpload, allowPutObjectTagging, terraformProvider);
    }

    public Writer withAllowAbortMultipartUpload(boolean value) {
        return new Writer(alias, accountId, roleName, rolePath, principals, value, allowPutObjectTagging, terraformProvider);
    }

    public Writer withAllowPutObjectTagging(boolean value) {
        return new Writer(alias, accountId, roleName, rolePath, principals, allowAbortMultipartUpload, value, terraformProvider);
    }

    public Writer withTerraformProvider(String value) {
        return new Writer(alias, accountId, roleName, rolePath, principals, allowAbortMultipartUpload, allowPutObjectTagging, value);
    }
}
