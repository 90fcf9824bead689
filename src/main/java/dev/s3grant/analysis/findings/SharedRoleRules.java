package dev.s3grant.analysis.findings;

import static dev.s3grant.analysis.Severity.ERROR;
import static dev.s3grant.analysis.Severity.SUGGESTION;
import static dev.s3grant.analysis.Severity.WARNING;

import dev.s3grant.analysis.Finding;
import dev.s3grant.analysis.budget.WriterBudget;
import dev.s3grant.document.DocumentSize;
import dev.s3grant.model.Design;
import dev.s3grant.model.DesignField;
import dev.s3grant.model.DocLinks;
import dev.s3grant.model.PrincipalStyle;
import dev.s3grant.model.Writer;
import dev.s3grant.model.formats.IdentifierFormats;
import dev.s3grant.policy.DocumentKind;
import dev.s3grant.policy.ExistingMerge;
import dev.s3grant.policy.GeneratedPolicies;
import dev.s3grant.policy.PolicyFile;
import dev.s3grant.policy.PolicyGenerator;
import dev.s3grant.policy.SharedRoleGroup;
import java.util.List;
import java.util.Optional;

/**
 * The shared-role principal style (docs/decisions/0043-shared-role-principal-style.md): the writers it names
 * together must share one role name and path (S3G-140), it needs the organization guard to stay non-public
 * under S3 Block Public Access (S3G-141), and writers that differ in their upkeep actions cost a statement each
 * (S3G-142). Where the per-writer styles near the size limit, S3G-092 suggests it with the writers that fit in
 * each style, and S3G-093 says that it needs one role.
 */
final class SharedRoleRules implements DesignRules {

    static final Rule ROLES_DIFFER = new Rule("S3G-140", ERROR, "findings.sharedRole.rolesDiffer",
            DocLinks.CONDITION_KEYS, """
            {"writers": [{}, {"alias": "C", "accountId": "333333333333", "roleName": "c-writer", "rolePath": "/",
              "principals": {"mode": "ECS_ONLY", "services": []}, "allowAbortMultipartUpload": true,
              "allowPutObjectTagging": false, "terraformProvider": ""}],
             "options": {"principalStyle": "SHARED_ROLE"}}""");
    static final Rule NO_ORGANIZATION = new Rule("S3G-141", ERROR, "findings.sharedRole.noOrganization",
            DocLinks.BLOCK_PUBLIC_ACCESS, """
            {"options": {"principalStyle": "SHARED_ROLE", "orgGuard": false}}""");
    static final Rule ACTIONS_DIFFER = new Rule("S3G-142", WARNING, "findings.sharedRole.actionsDiffer",
            DocLinks.CONDITION_KEYS, """
            {"writers": [{}, {"alias": "C", "accountId": "333333333333", "roleName": "ecs-cross-account-s3-role",
              "rolePath": "/", "principals": {"mode": "ECS_ONLY", "services": []},
              "allowAbortMultipartUpload": false, "allowPutObjectTagging": false, "terraformProvider": ""}],
             "options": {"principalStyle": "SHARED_ROLE"}}""");
    static final Rule ORG_PATH_INVALID = new Rule("S3G-146", ERROR, "findings.sharedRole.orgPathInvalid",
            DocLinks.CONDITION_KEYS, """
            {"options": {"principalStyle": "SHARED_ROLE", "writerOrgPath": "o-zzzzzzzzzz/r-ab12/ou-ab12-11111111/"}}""");
    static final Rule ORG_PATH_SCOPE = new Rule("S3G-147", WARNING, "findings.sharedRole.orgPathScope",
            DocLinks.CONDITION_KEYS, """
            {"options": {"principalStyle": "SHARED_ROLE", "writerOrgPath": "o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/"}}""");
    static final Rule SUGGEST_SHARED_ROLE = new Rule("S3G-092", SUGGESTION, "findings.size.sharedRoleFits",
            DocLinks.CONDITION_KEYS, manyWriters(52, true));
    static final Rule SHARED_ROLE_NEEDS_ONE_ROLE = new Rule("S3G-093", SUGGESTION, "findings.size.sharedRoleNeedsOneRole",
            DocLinks.CONDITION_KEYS, manyWriters(52, false));

    @Override
    public List<Rule> rules() {
        return List.of(SUGGEST_SHARED_ROLE, SHARED_ROLE_NEEDS_ONE_ROLE, ROLES_DIFFER, NO_ORGANIZATION, ACTIONS_DIFFER,
                ORG_PATH_INVALID, ORG_PATH_SCOPE);
    }

    @Override
    public void check(Design design, GeneratedPolicies policies, List<Finding> out) {
        checkOrgPath(design, out);
        List<Writer> writers = design.writers();
        if (writers.isEmpty()) {
            return;
        }
        if (design.options().principalStyle() == PrincipalStyle.SHARED_ROLE) {
            checkSharedRole(design, out);
        } else if (writers.size() > 1) {
            suggest(design, policies, out);
        }
    }

    private static void checkSharedRole(Design design, List<Finding> out) {
        List<Writer> writers = design.writers();
        Writer first = writers.get(0);
        for (int i = 1; i < writers.size(); i++) {
            Writer w = writers.get(i);
            if (!w.roleName().equals(first.roleName())) {
                out.add(ROLES_DIFFER.at(Locations.at(DesignField.WRITER_ROLE_NAME, i), w.alias(), role(w),
                        role(first), first.alias()));
            } else if (!path(w).equals(path(first))) {
                out.add(ROLES_DIFFER.at(Locations.at(DesignField.WRITER_ROLE_PATH, i), w.alias(), role(w),
                        role(first), first.alias()));
            }
        }
        if (!design.orgGuarded()) {
            out.add(NO_ORGANIZATION.at(Locations.at(design.organizationId().isEmpty()
                    ? DesignField.ORGANIZATION_ID : DesignField.ORG_GUARD)));
        }
        List<SharedRoleGroup> groups = SharedRoleGroup.of(design);
        for (int g = 1; g < groups.size(); g++) {
            SharedRoleGroup group = groups.get(g);
            Optional<SharedRoleGroup> earlier = groups.subList(0, g).stream()
                    .filter(e -> e.roleName().equals(group.roleName()) && e.rolePath().equals(group.rolePath()))
                    .findFirst();
            if (earlier.isPresent()) {
                Writer w = group.first();
                DesignField field = group.abort() != earlier.get().abort()
                        ? DesignField.WRITER_ABORT_MULTIPART : DesignField.WRITER_TAGGING;
                out.add(ACTIONS_DIFFER.at(Locations.at(field, writers.indexOf(w)), w.alias(), role(w),
                        earlier.get().first().alias(), groups.size()));
            }
        }
    }

    /**
     * S3G-146 when the organizational unit path is not an OU path of the design's organization; S3G-147, for a usable
     * one in the shared-role style, that the statement admits the role in every account of the OU and of the OUs
     * under it, those that join later included (docs/decisions/0052-writers-by-organizational-unit.md).
     */
    private static void checkOrgPath(Design design, List<Finding> out) {
        String path = design.options().writerOrgPath();
        if (path.isEmpty()) {
            return;
        }
        String org = design.organizationId().isEmpty() ? "o-ORG" : design.organizationId();
        boolean usable = IdentifierFormats.ORG_PATH.accepts(path)
                && (design.organizationId().isEmpty() || path.startsWith(design.organizationId() + "/"));
        if (!usable) {
            out.add(ORG_PATH_INVALID.at(Locations.at(DesignField.WRITER_ORG_PATH), path, org));
        } else if (design.options().writersByOrgPath() && !design.writers().isEmpty()) {
            out.add(ORG_PATH_SCOPE.at(Locations.at(DesignField.WRITER_ORG_PATH), role(design.writers().get(0)),
                    path, design.writers().size()));
        }
    }

    /**
     * S3G-092 or S3G-093 on the bucket or key policy that nears or passes its limit in a per-writer style: with
     * one shared role the suggestion says how many writers fit in each style, else that the style needs one role.
     */
    private static void suggest(Design design, GeneratedPolicies policies, List<Finding> out) {
        Optional<PolicyFile> tight = policies.bucketPolicy().size().overLimit() || policies.bucketPolicy().size().nearLimit()
                ? Optional.of(policies.bucketPolicy())
                : policies.keyPolicy().filter(k -> k.size().overLimit() || k.size().nearLimit());
        if (tight.isEmpty()) {
            return;
        }
        PolicyFile file = tight.get();
        DocumentSize size = file.size();
        PrincipalStyle style = design.options().principalStyle();
        Optional<WriterBudget> current = WriterBudget.of(design, style);
        // the suggestion counts the shared role with its account list: an OU path left in a per-writer design
        // would make the number unlimited, which says nothing about the accounts listed now
        Design listed = design.withOptions(design.options().withWriterOrgPath(""));
        Optional<WriterBudget> shared = WriterBudget.of(listed, PrincipalStyle.SHARED_ROLE);
        if (current.isEmpty() || shared.isEmpty()) {
            return;
        }
        long roles = design.writers().stream().map(SharedRoleRules::role).distinct().count();
        if (roles == 1) {
            int compactBytes = file.kind() == DocumentKind.KEY_POLICY
                    ? keyPolicyBytes(listed.withOptions(listed.options().withPrincipalStyle(PrincipalStyle.SHARED_ROLE)))
                    : shared.get().bucketPolicyBytes();
            out.add(SUGGEST_SHARED_ROLE.at(Locations.at(DesignField.PRINCIPAL_STYLE), file.fileName(), size.used(),
                    size.limit(), style.name(), current.get().moreWriters(), design.writers().size(),
                    role(design.writers().get(0)), compactBytes, shared.get().moreWriters()));
        } else {
            out.add(SHARED_ROLE_NEEDS_ONE_ROLE.at(Locations.at(DesignField.PRINCIPAL_STYLE), file.fileName(), size.used(),
                    size.limit(), style.name(), current.get().moreWriters(), roles));
        }
    }

    /** The key policy's size in the design, as KMS counts it. */
    private static int keyPolicyBytes(Design design) {
        return PolicyFile.of(PolicyGenerator.KEY_POLICY_FILE, DocumentKind.KEY_POLICY, design.bucketOwner().alias(),
                ExistingMerge.key(design).document()).size().used();
    }

    private static String path(Writer w) {
        return w.rolePath().isEmpty() ? "/" : w.rolePath();
    }

    /** {@code PATH/NAME}, as the messages name a role. */
    private static String role(Writer w) {
        return path(w) + w.roleName();
    }

    /**
     * The example of S3G-092 and S3G-093: the example's writer and {@code count - 1} more in accounts
     * {@code 300000000001}, …, with the example's role or each with a role of its own.
     */
    static String manyWriters(int count, boolean sharedRole) {
        StringBuilder out = new StringBuilder("{\"writers\": [{}");
        for (int i = 1; i < count; i++) {
            String role = sharedRole ? "ecs-cross-account-s3-role" : "writer-" + ZeroPadded.of(i, 3);
            out.append(",\n  {\"alias\": \"W").append(ZeroPadded.of(i, 3)).append("\", \"accountId\": \"3").append(ZeroPadded.of(i, 11))
                    .append("\", \"roleName\": \"").append(role).append("\",")
                    .append(" \"rolePath\": \"/\", \"principals\": {\"mode\": \"ECS_ONLY\", \"services\": []},")
                    .append(" \"allowAbortMultipartUpload\": true, \"allowPutObjectTagging\": false, \"terraformProvider\": \"\"}");
        }
        return out.append("]}").toString();
    }
}
