package dev.s3grant.analysis.access;

import static dev.s3grant.analysis.access.Expectation.DENIED;

import dev.s3grant.model.Design;
import dev.s3grant.model.Message;
import dev.s3grant.model.Writer;
import dev.s3grant.policy.Sids;
import dev.s3grant.policy.WriterActions;
import java.util.List;

/**
 * Principals the grant must keep out although they hold every permission on their own side: another
 * role in each writer account, and a role in an account outside the organization. A writer account
 * that is the bucket owner's own is the exception: inside one account an identity-based policy alone
 * allows a request that no policy denies
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html), so the
 * other role of that account is expected to get in; the bucket policy has no Deny that would stop it.
 */
final class OutsiderRows {

    private OutsiderRows() {
    }

    static void addTo(MatrixRows rows) {
        DesignPolicies policies = rows.policies();
        Design design = rows.design();
        ProbeValues probe = rows.probe();
        String owner = design.bucketOwner().accountId();
        String org = design.organizationId();
        String object = probe.objectArn(WriterRows.keysUnderPrefixes(design).get(0));
        PolicySet bucket = PolicySet.of(List.of(DesignPolicies.worstCase("s3:*")), policies.bucket(), ResourcePolicyKind.ORDINARY);

        List<String> writerAccounts = design.writers().stream().map(Writer::accountId).distinct().toList();
        for (String account : writerAccounts) {
            String name = probe.otherRoleName(account);
            Caller other = Caller.roleSession(probe.roleArn(account, name), ProbeValues.SESSION);
            boolean ownerAccount = account.equals(owner);
            rows.add(Message.of(ownerAccount ? "access.row.otherRoleOfOwner" : "access.row.otherRole", account, name),
                    WriterRows.request(other, WriterActions.PUT_OBJECT, object, owner,
                            putContext(design, probe, other, org, org)),
                    bucket, Expectation.of(ownerAccount));
            policies.key().ifPresent(key -> {
                boolean delegated = account.equals(probe.keyAccount()) && delegatesToItsAccount(key);
                rows.add(Message.of(delegated ? "access.row.otherRoleOfOwnerKms" : "access.row.otherRoleKms", account, name),
                        WriterRows.request(other, "kms:GenerateDataKey", probe.keyArn(), probe.keyAccount(),
                                WriterRows.kmsContext(probe, other, account, org)),
                        PolicySet.of(List.of(DesignPolicies.worstCase("kms:*")), key, ResourcePolicyKind.KMS_KEY),
                        Expectation.of(delegated));
            });
        }

        String foreign = probe.foreignAccount();
        Caller outsider = Caller.roleSession(probe.roleArn(foreign, "s3grant-check-outsider"), ProbeValues.SESSION);
        String outsiderOrg = org.isEmpty() ? "" : probe.foreignOrganization();
        rows.add(Message.of("access.row.outsideOrganization", foreign),
                WriterRows.request(outsider, WriterActions.PUT_OBJECT, object, owner,
                        putContext(design, probe, outsider, outsiderOrg, org)),
                bucket, DENIED);
    }

    /**
     * True when the key policy holds the statement that lets the key's own account decide by its IAM
     * policies (the key policy of a key the files create): a role of that account with {@code kms:*}
     * then uses the key, as AWS's default key policy intends
     * (https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html).
     */
    static boolean delegatesToItsAccount(NamedPolicy key) {
        return key.document().statements().stream().anyMatch(s -> s.sid().equals(Sids.ENABLE_KEY_ADMINISTRATION));
    }

    /** A put as a writer would send it, so that only the principal differs. */
    private static RequestContext putContext(Design design, ProbeValues probe, Caller caller, String principalOrg,
                                             String resourceOrg) {
        RequestContext context = ImpliedKeys.fill(RequestContext.empty(), caller, design.bucketOwner().accountId(),
                principalOrg, probe.orgPathOf(principalOrg), resourceOrg);
        return WriterActions.aclRequired(design)
                ? context.with(WriterActions.ACL_KEY, WriterActions.BUCKET_OWNER_FULL_CONTROL)
                : context;
    }
}
