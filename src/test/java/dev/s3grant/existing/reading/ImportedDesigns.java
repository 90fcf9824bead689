package dev.s3grant.existing.reading;

import dev.s3grant.model.Bucket;
import dev.s3grant.model.Design;
import dev.s3grant.model.DesignDefaults;
import dev.s3grant.model.ObjectOwnership;
import dev.s3grant.model.PrincipalMode;
import dev.s3grant.model.Principals;
import dev.s3grant.model.ServiceCatalog;
import dev.s3grant.model.Writer;
import dev.s3grant.model.PrincipalStyle;
import dev.s3grant.policy.GeneratedPolicies;
import dev.s3grant.policy.PolicyGenerator;
import dev.s3grant.policy.ServiceActions;
import dev.s3grant.policy.SharedRoleGroup;
import java.util.ArrayList;
import java.util.List;

/**
 * A design as its generated files show it: the choices that give the same files whatever their
 * value take the value import gives them (decision 0028). Test helper.
 */
final class ImportedDesigns {

    private ImportedDesigns() {
    }

    static Design visible(Design design) {
        List<Writer> writers = design.writers().stream().map(w -> w.withPrincipals(visible(w.principals()))).toList();
        Bucket bucket = design.bucket().withKeyPrefixes(design.bucket().keyPrefixes().stream().distinct().sorted().toList());
        if (bucket.manage()) {
            bucket = bucket.withManageOwnershipControls(true);
        } else {
            bucket = bucket.withBlockPublicAccess(DesignDefaults.BLOCK_PUBLIC_ACCESS)
                    .withEncryption(bucket.encryption().withBucketKey(DesignDefaults.BUCKET_KEY));
            if (!bucket.manageOwnershipControls()) {
                bucket = bucket.withObjectOwnership(bucket.objectOwnership().aclsDisabled()
                        ? DesignDefaults.OBJECT_OWNERSHIP : ObjectOwnership.BucketOwnerPreferred);
            }
        }
        Design out = design.withWriters(accountsInListOrder(design, writers)).withBucket(bucket);
        if (!design.orgGuarded()) {
            out = out.withOrganizationId("").withOptions(out.options().withOrgGuard(DesignDefaults.ORG_GUARD));
        }
        boolean guardable = writers.stream().flatMap(w -> w.principals().trustedServices().stream())
                .anyMatch(p -> ServiceCatalog.guardOf(p) != ServiceCatalog.Guard.NONE);
        if (!guardable) {
            out = out.withOptions(out.options().withConfusedDeputyGuard(DesignDefaults.CONFUSED_DEPUTY_GUARD));
        }
        return out;
    }

    /**
     * In the shared-role style, the writers of a group whose own files do not show their account take the accounts
     * the statement lists for them in its (sorted) order (decision 0053).
     */
    private static List<Writer> accountsInListOrder(Design design, List<Writer> writers) {
        if (design.options().principalStyle() != PrincipalStyle.SHARED_ROLE) {
            return writers;
        }
        List<Writer> out = new ArrayList<>(writers);
        for (SharedRoleGroup group : SharedRoleGroup.of(design)) {
            List<Integer> unshown = unshown(design, group);
            List<String> accounts = unshown.stream().map(i -> design.writers().get(i).accountId()).sorted().toList();
            for (int k = 0; k < unshown.size(); k++) {
                out.set(unshown.get(k), out.get(unshown.get(k)).withAccountId(accounts.get(k)));
            }
        }
        return out;
    }

    /** The note keys the import gives a design: one per shared-role group with more than one writer whose files do not show its account. */
    static List<String> accountsInOrderNotes(Design design) {
        if (design.options().principalStyle() != PrincipalStyle.SHARED_ROLE) {
            return List.of();
        }
        return SharedRoleGroup.of(design).stream().filter(g -> unshown(design, g).size() > 1)
                .map(g -> "import.sharedRole.accountsInOrder").toList();
    }

    /** The indexes of the group's writers whose own files do not show their account. */
    private static List<Integer> unshown(Design design, SharedRoleGroup group) {
        GeneratedPolicies policies = PolicyGenerator.generate(design);
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < design.writers().size(); i++) {
            Writer w = design.writers().get(i);
            boolean shown = design.options().sharedWriterFile() || ServiceActions.needed(w)
                    || policies.writers().get(i).trustPolicy().document().statements().stream()
                    .anyMatch(s -> s.conditions().stream().anyMatch(c -> c.key().equals("aws:SourceAccount")));
            if (group.writers().contains(w) && !shown) {
                out.add(i);
            }
        }
        return out;
    }

    private static Principals visible(Principals principals) {
        List<String> services = principals.trustedServices();
        return services.equals(List.of(ServiceCatalog.ECS_TASKS)) ? Principals.ecsOnly() : new Principals(PrincipalMode.SERVICES, services);
    }
}
