package dev.s3grant.analysis.access;

/**
 * The global condition keys AWS puts into every request of a principal, filled in where the given
 * context has none: {@code aws:PrincipalArn}, {@code aws:PrincipalAccount} and
 * {@code aws:PrincipalOrgID} (not for services), {@code aws:ResourceAccount},
 * {@code aws:ResourceOrgID} and {@code aws:SecureTransport=true}
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html).
 * An empty organization ID leaves its key out, as for an account outside any organization.
 */
public final class ImpliedKeys {

    public static final String PRINCIPAL_ARN = "aws:PrincipalArn";
    public static final String PRINCIPAL_ACCOUNT = "aws:PrincipalAccount";
    public static final String PRINCIPAL_ORG_ID = "aws:PrincipalOrgID";
    public static final String RESOURCE_ACCOUNT = "aws:ResourceAccount";
    public static final String RESOURCE_ORG_ID = "aws:ResourceOrgID";
    public static final String SECURE_TRANSPORT = "aws:SecureTransport";

    private ImpliedKeys() {
    }

    public static RequestContext fill(RequestContext given, Caller caller, String resourceAccount,
                                      String principalOrgId, String resourceOrgId) {
        RequestContext context = given;
        if (!caller.isService()) {
            context = context.withDefault(PRINCIPAL_ARN, caller.principalArn())
                    .withDefault(PRINCIPAL_ACCOUNT, caller.accountId());
            if (!principalOrgId.isEmpty()) {
                context = context.withDefault(PRINCIPAL_ORG_ID, principalOrgId);
            }
        }
        context = context.withDefault(RESOURCE_ACCOUNT, resourceAccount);
        if (!resourceOrgId.isEmpty()) {
            context = context.withDefault(RESOURCE_ORG_ID, resourceOrgId);
        }
        return context.withDefault(SECURE_TRANSPORT, "true");
    }
}
