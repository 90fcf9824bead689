package dev.s3grant.existing.check;

import dev.s3grant.analysis.Finding;
import dev.s3grant.analysis.Location;
import dev.s3grant.analysis.findings.RuleCatalog;
import dev.s3grant.analysis.access.NamedPolicy;
import dev.s3grant.model.ServiceCatalog;
import dev.s3grant.policy.ConditionKeys;
import dev.s3grant.policy.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The guards the existing files leave out, as the design's findings say it: no organization guard
 * (S3G-007: neither {@code aws:PrincipalOrgID} in the bucket policy nor {@code aws:ResourceOrgID} in
 * a role policy), and trusted services that document confused-deputy keys trusted without them
 * (S3G-044). Each finding is located at the file that lacks the guard.
 */
final class GuardFindings {

    static final String ORG_GUARD_OFF = "S3G-007";
    static final String CONFUSED_DEPUTY_GUARD_OFF = "S3G-044";
    private static final List<String> SOURCE_KEYS = List.of(ConditionKeys.SOURCE_ACCOUNT, ConditionKeys.SOURCE_ARN,
            ConditionKeys.EXTERNAL_ID);

    private GuardFindings() {
    }

    static List<Finding> of(ExistingGrant grant) {
        List<Finding> findings = new ArrayList<>();
        boolean bucketGuard = grant.bucketPolicy()
                .map(p -> !GrantAssembler.conditionValues(p.document(), ConditionKeys.PRINCIPAL_ORG_ID).isEmpty()).orElse(false);
        boolean roleGuard = grant.writers().stream().flatMap(w -> w.policies().stream())
                .anyMatch(p -> !GrantAssembler.conditionValues(p.document(), ConditionKeys.RESOURCE_ORG_ID).isEmpty());
        if (!bucketGuard && !roleGuard) {
            String file = grant.bucketPolicy().map(NamedPolicy::name)
                    .orElse(grant.writers().stream().map(WriterRole::file).filter(f -> !f.isEmpty()).findFirst().orElse("-"));
            findings.add(RuleCatalog.find(ORG_GUARD_OFF).orElseThrow().at(new Location.FileLocation(file)));
        }
        for (WriterRole writer : grant.writers()) {
            if (writer.trust().isEmpty()) {
                continue;
            }
            TreeSet<String> unguarded = new TreeSet<>();
            for (String service : ExistingRows.trustedServices(writer.trust().get())) {
                if (ServiceCatalog.guardOf(service) == ServiceCatalog.Guard.NONE) {
                    continue;
                }
                for (Statement s : ExistingRows.statementsTrusting(writer.trust().get(), service)) {
                    if (SOURCE_KEYS.stream().noneMatch(k -> GrantAssembler.hasCondition(s, k))) {
                        unguarded.add(service);
                    }
                }
            }
            if (!unguarded.isEmpty()) {
                findings.add(RuleCatalog.find(CONFUSED_DEPUTY_GUARD_OFF).orElseThrow()
                        .at(new Location.FileLocation(writer.trust().get().name()), String.join(", ", unguarded)));
            }
        }
        return List.copyOf(findings);
    }
}
