package dev.s3grant.existing.reading;

import dev.s3grant.model.Bucket;
import dev.s3grant.model.Design;
import dev.s3grant.model.DesignDefaults;
import dev.s3grant.model.ObjectOwnership;
import dev.s3grant.model.PrincipalMode;
import dev.s3grant.model.Principals;
import dev.s3grant.model.ServiceCatalog;
import dev.s3grant.model.Writer;
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
        Design out = design.withWriters(writers).withBucket(bucket);
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

    private static Principals visible(Principals principals) {
        List<String> services = principals.trustedServices();
        return services.equals(List.of(ServiceCatalog.ECS_TASKS)) ? Principals.ecsOnly() : new Principals(PrincipalMode.SERVICES, services);
    }
}
