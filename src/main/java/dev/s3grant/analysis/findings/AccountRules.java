package dev.s3grant.analysis.findings;

import dev.s3grant.model.formats.DesignerFormats;
import static dev.s3grant.analysis.Severity.ERROR;
import static dev.s3grant.analysis.Severity.SECURITY_WARNING;
import static dev.s3grant.analysis.Severity.SUGGESTION;
import static dev.s3grant.analysis.Severity.WARNING;

import dev.s3grant.analysis.Finding;
import dev.s3grant.analysis.Location.FieldLocation;
import dev.s3grant.model.Design;
import dev.s3grant.model.DesignField;
import dev.s3grant.model.DocLinks;
import dev.s3grant.model.Writer;
import dev.s3grant.model.formats.IdentifierFormats;
import dev.s3grant.policy.GeneratedPolicies;
import java.util.List;
import java.util.Optional;

/** Accounts, the organization, the Region and its partition (S3G-001 to S3G-019; docs/aws-rules.md#identifier-formats, docs/aws-rules.md#partition-arns). */
final class AccountRules implements DesignRules {

    static final Rule INVALID_ACCOUNT_ID = new Rule("S3G-001", ERROR, "findings.account.invalidId",
            DocLinks.ACCOUNT_IDS, """
            {"writers": [{"accountId": "11111111111"}]}""");
    static final Rule INVALID_ORGANIZATION_ID = new Rule("S3G-002", ERROR, "findings.account.invalidOrganizationId",
            DocLinks.CONDITION_KEYS, """
            {"organizationId": "o-A1B2"}""");
    static final Rule INVALID_REGION = new Rule("S3G-003", ERROR, "findings.account.invalidRegion",
            DocLinks.REGIONS, """
            {"region": "tokyo"}""");
    static final Rule REGION_OUTSIDE_PARTITION = new Rule("S3G-004", ERROR, "findings.account.regionOutsidePartition",
            DocLinks.ARNS, """
            {"partition": "aws-cn", "region": "ap-northeast-1"}""");
    static final Rule WRITER_IS_BUCKET_OWNER = new Rule("S3G-005", WARNING, "findings.account.writerIsBucketOwner",
            DocLinks.CROSS_ACCOUNT_EVALUATION, """
            {"writers": [{"accountId": "222222222222"}]}""");
    static final Rule NO_ORGANIZATION = new Rule("S3G-006", SUGGESTION, "findings.account.noOrganization",
            DocLinks.CONDITION_KEYS, """
            {"organizationId": ""}""");
    static final Rule ORG_GUARD_OFF = new Rule("S3G-007", SECURITY_WARNING, "findings.account.orgGuardOff",
            DocLinks.CONDITION_KEYS, """
            {"options": {"orgGuard": false}}""");

    @Override
    public List<Rule> rules() {
        return List.of(INVALID_ACCOUNT_ID, INVALID_ORGANIZATION_ID, INVALID_REGION, REGION_OUTSIDE_PARTITION,
                WRITER_IS_BUCKET_OWNER, NO_ORGANIZATION, ORG_GUARD_OFF);
    }

    @Override
    public void check(Design design, GeneratedPolicies policies, List<Finding> out) {
        String owner = design.bucketOwner().accountId();
        if (!IdentifierFormats.ACCOUNT_ID.accepts(owner)) {
            out.add(INVALID_ACCOUNT_ID.at(Locations.at(DesignField.OWNER_ACCOUNT_ID), owner));
        }
        for (int i = 0; i < design.writers().size(); i++) {
            Writer w = design.writers().get(i);
            FieldLocation location = Locations.at(DesignField.WRITER_ACCOUNT_ID, i);
            if (!IdentifierFormats.ACCOUNT_ID.accepts(w.accountId())) {
                out.add(INVALID_ACCOUNT_ID.at(location, w.accountId()));
            } else if (w.accountId().equals(owner)) {
                out.add(WRITER_IS_BUCKET_OWNER.at(location, w.alias(), owner));
            }
        }
        checkOrganization(design, out);
        checkRegion(design, out);
    }

    private static void checkOrganization(Design design, List<Finding> out) {
        String org = design.organizationId();
        if (org.isEmpty()) {
            out.add(NO_ORGANIZATION.at(Locations.at(DesignField.ORGANIZATION_ID)));
        } else if (!IdentifierFormats.ORGANIZATION_ID.accepts(org)) {
            out.add(INVALID_ORGANIZATION_ID.at(Locations.at(DesignField.ORGANIZATION_ID), org));
        }
        if (!design.options().orgGuard()) {
            out.add(ORG_GUARD_OFF.at(Locations.at(DesignField.ORG_GUARD)));
        }
    }

    private static void checkRegion(Design design, List<Finding> out) {
        String region = design.region();
        if (!IdentifierFormats.REGION.accepts(region)) {
            out.add(INVALID_REGION.at(Locations.at(DesignField.REGION), region));
            return;
        }
        String partition = design.partition().id();
        Optional<String> expected = DesignerFormats.partitionOfRegion(region);
        if (expected.isEmpty() || !expected.get().equals(partition)) {
            out.add(REGION_OUTSIDE_PARTITION.at(Locations.at(DesignField.REGION), region, partition));
        }
    }
}
