package dev.s3grant.analysis.access;

import static dev.s3grant.analysis.access.Expectation.ALLOWED;
import static dev.s3grant.analysis.access.Expectation.DENIED;

import dev.s3grant.model.Design;
import dev.s3grant.model.Message;
import dev.s3grant.model.PrincipalStyle;
import dev.s3grant.policy.SharedRoleGroup;
import dev.s3grant.policy.WriterActions;
import java.util.List;

/**
 * The rows that say what a statement of the shared-role style grants beyond its designed writers, and what it
 * keeps out (docs/decisions/0043-shared-role-principal-style.md). It names a role by name and path in any account
 * ({@code ArnLike aws:PrincipalArn}), held to the listed accounts ({@code aws:PrincipalAccount}) and the
 * organization ({@code aws:PrincipalOrgID}): any session of that role in a listed account gets in, as the writer
 * does; a role of the same name and path in an account of the organization that is not listed, in an account
 * outside the organization, or on another path of a listed account does not, although each holds every permission
 * on its own side.
 */
final class SharedRoleRows {

    private SharedRoleRows() {
    }

    static void addTo(MatrixRows rows) {
        Design design = rows.design();
        if (design.options().principalStyle() != PrincipalStyle.SHARED_ROLE || design.writers().isEmpty()) {
            return;
        }
        DesignPolicies policies = rows.policies();
        ProbeValues probe = rows.probe();
        String owner = design.bucketOwner().accountId();
        String org = design.organizationId();
        String object = probe.objectArn(WriterRows.keysUnderPrefixes(design).get(0));
        PolicySet worstCase = PolicySet.of(List.of(DesignPolicies.worstCase("s3:*")), policies.bucket(),
                ResourcePolicyKind.ORDINARY);
        for (SharedRoleGroup group : SharedRoleGroup.of(design)) {
            String role = group.rolePath() + group.roleName();
            List<String> accounts = group.accounts();
            // A listed account other than the owner's, where there is one: inside one account the identity-based
            // policy alone would let the other-path role in, whatever the bucket policy says.
            String listed = accounts.stream().filter(a -> !a.equals(owner)).findFirst().orElse(accounts.get(0));
            Caller unlisted = Caller.roleSession(probe.roleArn(probe.unlistedAccount(), group.rolePath(), group.roleName()),
                    ProbeValues.SESSION);
            if (design.options().writersByOrgPath()) {
                addOrgPathRows(rows, group, unlisted, object, worstCase);
            } else {
                Caller anySession = Caller.roleSession(probe.roleArn(listed, group.rolePath(), group.roleName()),
                        "s3grant-check-any-session");
                rows.add(Message.of("access.row.sharedRoleScope", role, accounts.size(), String.join(", ", accounts), listed),
                        put(design, probe, anySession, object, owner, org), worstCase, ALLOWED);

                rows.add(Message.of("access.row.sharedRoleUnlistedAccount", role, probe.unlistedAccount()),
                        put(design, probe, unlisted, object, owner, org), worstCase, DENIED);
            }

            Caller outside = Caller.roleSession(probe.roleArn(probe.foreignAccount(), group.rolePath(), group.roleName()),
                    ProbeValues.SESSION);
            String outsideOrg = org.isEmpty() ? "" : probe.foreignOrganization();
            rows.add(Message.of("access.row.sharedRoleOutsideOrganization", role, probe.foreignAccount()),
                    put(design, probe, outside, object, owner, outsideOrg), worstCase, DENIED);

            String otherPath = group.rolePath().equals("/s3grant-check/") ? "/s3grant-check-2/" : "/s3grant-check/";
            Caller otherPathRole = Caller.roleSession(probe.roleArn(listed, otherPath, group.roleName()), ProbeValues.SESSION);
            rows.add(Message.of("access.row.sharedRoleOtherPath", group.roleName(), otherPath, listed, group.rolePath()),
                    put(design, probe, otherPathRole, object, owner, org), worstCase, Expectation.of(listed.equals(owner)));

            policies.key().filter(key -> !design.options().writersByOrgPath()).ifPresent(key -> rows.add(
                    Message.of("access.row.sharedRoleUnlistedAccountKms", role, probe.unlistedAccount()),
                    WriterRows.request(unlisted, "kms:GenerateDataKey", probe.keyArn(), probe.keyAccount(),
                            WriterRows.kmsContext(probe, unlisted, probe.unlistedAccount(), org)),
                    PolicySet.of(List.of(DesignPolicies.worstCase("kms:*")), key, ResourcePolicyKind.KMS_KEY), DENIED));
        }
    }

    /**
     * The rows of a statement that names the writers by OU ({@code aws:PrincipalOrgPaths}, decision 0052): the
     * role in an account of the OU that the design does not list and in an account of an OU under it get in, in
     * an account of the organization outside the OU it does not, for the bucket and for the key.
     */
    private static void addOrgPathRows(MatrixRows rows, SharedRoleGroup group, Caller unlisted, String object,
                                       PolicySet worstCase) {
        Design design = rows.design();
        ProbeValues probe = rows.probe();
        String owner = design.bucketOwner().accountId();
        String org = design.organizationId();
        String role = group.rolePath() + group.roleName();
        String ou = design.options().writerOrgPath();
        rows.add(Message.of("access.row.sharedRoleOuScope", role, ou, group.accounts().size(), probe.unlistedAccount()),
                put(design, probe, unlisted, object, owner, org, ou), worstCase, ALLOWED);
        String child = probe.childOrgPath();
        rows.add(Message.of("access.row.sharedRoleChildOu", role, probe.unlistedAccount(), child),
                put(design, probe, unlisted, object, owner, org, child), worstCase, ALLOWED);
        String outside = probe.outsideOrgPath();
        rows.add(Message.of("access.row.sharedRoleOutsideOu", role, probe.unlistedAccount(), ou, outside),
                put(design, probe, unlisted, object, owner, org, outside), worstCase, DENIED);
        rows.policies().key().ifPresent(key -> rows.add(
                Message.of("access.row.sharedRoleOutsideOuKms", role, probe.unlistedAccount(), ou),
                WriterRows.request(unlisted, "kms:GenerateDataKey", probe.keyArn(), probe.keyAccount(),
                        WriterRows.kmsContext(probe, unlisted, probe.unlistedAccount(), org)
                                .with(ImpliedKeys.PRINCIPAL_ORG_PATHS, outside)),
                PolicySet.of(List.of(DesignPolicies.worstCase("kms:*")), key, ResourcePolicyKind.KMS_KEY), DENIED));
    }

    /** A put as a writer would send it, so that only the principal differs. */
    private static AccessRequest put(Design design, ProbeValues probe, Caller caller, String object, String owner,
                                     String principalOrg) {
        return put(design, probe, caller, object, owner, principalOrg, "");
    }

    /** A put as a writer would send it, from an account with the given OU path (or the design's, when empty). */
    private static AccessRequest put(Design design, ProbeValues probe, Caller caller, String object, String owner,
                                     String principalOrg, String orgPath) {
        RequestContext context = ImpliedKeys.fill(RequestContext.empty(), caller, owner, principalOrg,
                orgPath.isEmpty() ? probe.orgPathOf(principalOrg) : orgPath, design.organizationId());
        if (WriterActions.aclRequired(design)) {
            context = context.with(WriterActions.ACL_KEY, WriterActions.BUCKET_OWNER_FULL_CONTROL);
        }
        return WriterRows.request(caller, WriterActions.PUT_OBJECT, object, owner, context);
    }
}
