package dev.s3grant.analysis.access;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The global condition keys AWS puts into every request of a principal, filled in where the given
 * context has none: {@code aws:PrincipalArn}, {@code aws:PrincipalAccount} and
 * {@code aws:PrincipalOrgID} (not for services), {@code aws:ResourceAccount},
 * {@code aws:ResourceOrgID} and {@code aws:SecureTransport=true}
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html).
 * An empty organization ID leaves its key out, as for an account outside any organization. The multivalued
 * {@code aws:PrincipalOrgPaths} is filled only where a caller's organizational unit is given: the matrix gives it for
 * designs that name their writers by OU (docs/decisions/0052-writers-by-organizational-unit.md).
 */
public final class ImpliedKeys {

    public static final String PRINCIPAL_ARN = "aws:PrincipalArn";
    public static final String PRINCIPAL_ACCOUNT = "aws:PrincipalAccount";
    public static final String PRINCIPAL_ORG_ID = "aws:PrincipalOrgID";
    public static final String PRINCIPAL_ORG_PATHS = "aws:PrincipalOrgPaths";
    public static final String RESOURCE_ACCOUNT = "aws:ResourceAccount";
    public static final String RESOURCE_ORG_ID = "aws:ResourceOrgID";
    public static final String SECURE_TRANSPORT = "aws:SecureTransport";

    private ImpliedKeys() {
    }

    public static RequestContext fill(RequestContext given, Caller caller, String resourceAccount,
                                      String principalOrgId, String resourceOrgId) {
        return fill(given, caller, resourceAccount, principalOrgId, "", resourceOrgId);
    }

    /** As {@link #fill(RequestContext, Caller, String, String, String)}, with the path of the caller's OU when not empty. */
    public static RequestContext fill(RequestContext given, Caller caller, String resourceAccount,
                                      String principalOrgId, String principalOrgPath, String resourceOrgId) {
        Map<String, String> implied = new LinkedHashMap<>();
        if (!caller.isService()) {
            implied.put(PRINCIPAL_ARN, caller.principalArn());
            implied.put(PRINCIPAL_ACCOUNT, caller.accountId());
            if (!principalOrgId.isEmpty()) {
                implied.put(PRINCIPAL_ORG_ID, principalOrgId);
                if (!principalOrgPath.isEmpty()) {
                    implied.put(PRINCIPAL_ORG_PATHS, principalOrgPath);
                }
            }
        }
        implied.put(RESOURCE_ACCOUNT, resourceAccount);
        if (!resourceOrgId.isEmpty()) {
            implied.put(RESOURCE_ORG_ID, resourceOrgId);
        }
        implied.put(SECURE_TRANSPORT, "true");
        return given.withDefaults(implied);
    }
}
