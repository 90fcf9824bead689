package dev.s3grant.model;

/** How the bucket policy names a writer role. */
public enum PrincipalStyle {
    /** {@code Principal: {"AWS": "arn:...:root"}} plus {@code ArnEquals aws:PrincipalArn}. */
    ACCOUNT_WITH_ROLE_CONDITION,
    /** {@code Principal: {"AWS": role ARN}}; the role must exist before the bucket policy. */
    ROLE_ARN
}
