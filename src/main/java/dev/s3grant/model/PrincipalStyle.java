package dev.s3grant.model;

/** How the bucket policy names a writer role. */
public enum PrincipalStyle {
    /** {@code Principal: {"AWS": "arn:...:root"}} plus {@code ArnEquals aws:PrincipalArn}. */
    ACCOUNT_WITH_ROLE_CONDITION,
    /** {@code Principal: {"AWS": role ARN}}; the role must exist before the bucket policy. */
    ROLE_ARN,
    /**
     * One statement for every writer that shares a role name and path: {@code Principal: {"AWS": "*"}}
     * held by {@code aws:PrincipalOrgID}, {@code aws:PrincipalAccount} (the writer accounts) and
     * {@code ArnLike aws:PrincipalArn} on the shared role in any account (docs/decisions/0043-shared-role-principal-style.md).
     */
    SHARED_ROLE
}
