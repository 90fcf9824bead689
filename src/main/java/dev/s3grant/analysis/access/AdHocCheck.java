package dev.s3grant.analysis.access;

import dev.s3grant.model.Design;
import dev.s3grant.policy.Arns;
import dev.s3grant.policy.ConditionKeys;
import dev.s3grant.policy.GeneratedPolicies;
import dev.s3grant.policy.TrustPolicyGenerator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Evaluates one request that a user asks about against a design's generated documents.
 *
 * <p>The resource side: {@code sts:AssumeRole} on a writer's role uses that role's trust policy,
 * {@code kms:*} the key policy, anything else the bucket policy. The identity side: a writer role of
 * the design (or its session) uses its role policy, a service has none, and any other principal is
 * assumed to hold every permission in its own account, the worst case, so the answer shows what the
 * resource side alone lets through.
 *
 * <p>Keys the user gives win; the implied keys are filled in ({@link ImpliedKeys}), and, since the
 * design says which accounts are in its organization, {@code aws:PrincipalOrgID} and
 * {@code aws:ResourceOrgID} are the design's organization for the design's own accounts. A KMS call
 * carries {@code kms:CallerAccount}, the caller's account; {@code kms:ViaService} only when the user
 * gives it, since a call without it is a direct call to KMS, not one S3 makes.
 */
public final class AdHocCheck {

    private AdHocCheck() {
    }

    public static AdHocResult evaluate(Design design, GeneratedPolicies generated, Caller asked, String action,
                                       String resource, RequestContext given) {
        DesignPolicies policies = new DesignPolicies(design, generated);
        ProbeValues probe = new ProbeValues(design);
        OptionalInt writer = policies.writerOf(asked);
        Caller caller = writer.isPresent() ? asked.withRoleArn(Arns.role(design, design.writers().get(writer.getAsInt()))) : asked;

        List<NamedPolicy> identity;
        if (caller.isService()) {
            identity = List.of();
        } else if (writer.isPresent()) {
            identity = List.of(policies.role(writer.getAsInt()));
        } else {
            identity = List.of(DesignPolicies.worstCase("*"));
        }

        Optional<NamedPolicy> resourcePolicy;
        ResourcePolicyKind kind;
        String resourceAccount;
        String lowerAction = action.toLowerCase(Locale.ROOT);
        if (lowerAction.equals(TrustPolicyGenerator.ASSUME_ROLE.toLowerCase(Locale.ROOT))) {
            OptionalInt target = roleOwner(policies, resource);
            kind = ResourcePolicyKind.ROLE_TRUST;
            resourcePolicy = target.isPresent() ? Optional.of(policies.trust(target.getAsInt())) : Optional.empty();
            resourceAccount = target.isPresent() ? design.writers().get(target.getAsInt()).accountId() : accountOf(resource, "");
        } else if (lowerAction.startsWith("kms:")) {
            kind = ResourcePolicyKind.KMS_KEY;
            resourcePolicy = policies.key();
            resourceAccount = accountOf(resource, design.bucketOwner().accountId());
        } else {
            kind = ResourcePolicyKind.ORDINARY;
            resourcePolicy = Optional.of(policies.bucket());
            resourceAccount = design.bucketOwner().accountId();
        }

        Set<String> inOrganization = probe.designAccounts();
        String org = design.organizationId();
        String principalOrg = inOrganization.contains(caller.accountId()) ? org : "";
        String resourceOrg = inOrganization.contains(resourceAccount) ? org : "";
        // A writer account is taken to be in the design's OU (decision 0052); a typed aws:PrincipalOrgPaths wins.
        boolean writerAccount = design.writers().stream().anyMatch(w -> w.accountId().equals(caller.accountId()));
        String principalPath = writerAccount ? probe.orgPathOf(principalOrg) : "";
        RequestContext context = ImpliedKeys.fill(given, caller, resourceAccount, principalOrg, principalPath, resourceOrg);
        if (kind == ResourcePolicyKind.KMS_KEY && !caller.isService()) {
            context = context.withDefault(ConditionKeys.KMS_CALLER_ACCOUNT, caller.accountId());
        }

        AccessRequest request = new AccessRequest(caller, action, resource, resourceAccount, context);
        Evaluation evaluation = PolicyEvaluator.evaluate(request, new PolicySet(identity, resourcePolicy, kind));
        return new AdHocResult(request, identity.stream().map(NamedPolicy::name).toList(),
                resourcePolicy.map(NamedPolicy::name), !caller.isService() && writer.isEmpty(), evaluation);
    }

    /** The designed writer whose role the ARN names (its path may be left out). */
    private static OptionalInt roleOwner(DesignPolicies policies, String roleArn) {
        Caller role;
        try {
            role = Caller.parse(roleArn, policies.design().partition().id());
        } catch (IllegalArgumentException e) {
            return OptionalInt.empty();
        }
        return policies.writerOf(role);
    }

    /** The account field of an ARN, or the fallback when the ARN has none (S3) or is not an ARN. */
    private static String accountOf(String arn, String fallback) {
        String[] parts = arn.split(":", 6);
        return parts.length == 6 && parts[0].equals("arn") && !parts[4].isEmpty() ? parts[4] : fallback;
    }
}
