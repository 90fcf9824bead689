package dev.s3grant.policy;

/** Condition keys and operators the generators use. */
public final class ConditionKeys {

    public static final String PRINCIPAL_ARN = "aws:PrincipalArn";
    public static final String PRINCIPAL_ORG_ID = "aws:PrincipalOrgID";
    public static final String PRINCIPAL_ACCOUNT = "aws:PrincipalAccount";
    /** Multivalued: the Organizations entity paths of the principal's account. */
    public static final String PRINCIPAL_ORG_PATHS = "aws:PrincipalOrgPaths";
    public static final String RESOURCE_ORG_ID = "aws:ResourceOrgID";
    public static final String RESOURCE_ACCOUNT = "aws:ResourceAccount";
    public static final String SECURE_TRANSPORT = "aws:SecureTransport";
    public static final String SOURCE_ACCOUNT = "aws:SourceAccount";
    public static final String SOURCE_ARN = "aws:SourceArn";
    public static final String EXTERNAL_ID = "sts:ExternalId";
    public static final String KMS_VIA_SERVICE = "kms:ViaService";
    public static final String KMS_CALLER_ACCOUNT = "kms:CallerAccount";
    public static final String KMS_RESOURCE_ALIASES = "kms:ResourceAliases";
    /** The algorithm a put asks for in its {@code x-amz-server-side-encryption} header. */
    public static final String SSE_ALGORITHM = "s3:x-amz-server-side-encryption";
    /** The key a put names in its {@code x-amz-server-side-encryption-aws-kms-key-id} header. */
    public static final String SSE_KMS_KEY_ID = "s3:x-amz-server-side-encryption-aws-kms-key-id";

    public static final String STRING_EQUALS = "StringEquals";
    public static final String STRING_NOT_EQUALS = "StringNotEquals";
    public static final String STRING_NOT_LIKE = "StringNotLike";
    public static final String NULL = "Null";
    public static final String FOR_ANY_VALUE_STRING_EQUALS = "ForAnyValue:StringEquals";
    public static final String FOR_ANY_VALUE_STRING_LIKE = "ForAnyValue:StringLike";
    public static final String ARN_EQUALS = "ArnEquals";
    public static final String ARN_LIKE = "ArnLike";
    public static final String BOOL = "Bool";

    private ConditionKeys() {
    }
}
