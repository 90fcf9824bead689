package dev.s3grant.policy;

/** Condition keys and operators the generators use. */
public final class ConditionKeys {

    public static final String PRINCIPAL_ARN = "aws:PrincipalArn";
    public static final String PRINCIPAL_ORG_ID = "aws:PrincipalOrgID";
    public static final String RESOURCE_ORG_ID = "aws:ResourceOrgID";
    public static final String SECURE_TRANSPORT = "aws:SecureTransport";
    public static final String SOURCE_ACCOUNT = "aws:SourceAccount";
    public static final String SOURCE_ARN = "aws:SourceArn";
    public static final String EXTERNAL_ID = "sts:ExternalId";

    public static final String STRING_EQUALS = "StringEquals";
    public static final String ARN_EQUALS = "ArnEquals";
    public static final String ARN_LIKE = "ArnLike";
    public static final String BOOL = "Bool";

    private ConditionKeys() {
    }
}
