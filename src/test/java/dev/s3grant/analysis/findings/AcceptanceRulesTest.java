package dev.s3grant.analysis.findings;

import static dev.s3grant.analysis.findings.Validation.findings;
import static dev.s3grant.analysis.findings.Validation.validate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.s3grant.analysis.Finding;
import dev.s3grant.model.AcceptedFinding;
import dev.s3grant.model.Design;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A finding is accepted by its code and exact location text; an entry that accepts nothing is S3G-130. */
class AcceptanceRulesTest {

    /** The example without an organization: SUGGESTION S3G-006 at {@code organizationId}. */
    private static final Design NO_ORG = Validation.EXAMPLE.withOrganizationId("");

    private static Finding noOrganization() {
        return validate(NO_ORG).stream().filter(f -> f.code().equals("S3G-006")).findFirst().orElseThrow();
    }

    @Test
    void aFindingIsAcceptedOnlyByItsCodeAndItsExactLocationText() {
        Finding finding = noOrganization();

        assertThat(AcceptedFindings.matches(new AcceptedFinding("S3G-006", "organizationId", "r"), finding)).isTrue();
        assertThat(AcceptedFindings.matches(new AcceptedFinding("S3G-007", "organizationId", "r"), finding)).isFalse();
        assertThat(AcceptedFindings.matches(new AcceptedFinding("S3G-006", "organizationid", "r"), finding)).isFalse();
        assertThat(AcceptedFindings.matches(new AcceptedFinding("S3G-006", "", "r"), finding)).isFalse();
    }

    @Test
    void theFirstMatchingEntryGivesTheReason() {
        Design design = NO_ORG.withAcceptedFindings(List.of(
                new AcceptedFinding("S3G-001", "organizationId", "other code"),
                new AcceptedFinding("S3G-006", "organizationId", "one organization per account here"),
                new AcceptedFinding("S3G-006", "organizationId", "second")));

        assertThat(AcceptedFindings.of(design, noOrganization())).map(AcceptedFinding::reason)
                .contains("one organization per account here");
        assertThat(AcceptedFindings.of(NO_ORG, noOrganization())).isEmpty();
    }

    @Test
    void anAcceptedFindingStaysAFindingAndAnEntryThatMatchesNothingIsReportedAtItsIndex() {
        Design design = NO_ORG.withAcceptedFindings(List.of(
                new AcceptedFinding("S3G-006", "organizationId", "one organization per account here"),
                new AcceptedFinding("S3G-073", "bucket.denyInsecureTransport", "fixed since")));

        assertThat(validate(design)).extracting(Finding::code).contains("S3G-006");
        assertThat(findings(design, AcceptanceRules.NO_LONGER_OCCURS))
                .extracting(f -> f.location().text(), f -> f.message().args())
                .containsExactly(tuple("acceptedFindings[1]", List.of("S3G-073", "bucket.denyInsecureTransport")));
    }

    @Test
    void anAccessCheckFindingCanBeAcceptedToo() {
        Design acl = Validation.EXAMPLE.withBucket(Validation.EXAMPLE.bucket()
                .withObjectOwnership(dev.s3grant.model.ObjectOwnership.BucketOwnerPreferred));
        Finding mismatch = findings(acl, AccessCheckRule.MISMATCH).get(0);
        Design design = acl.withAcceptedFindings(List.of(
                new AcceptedFinding("S3G-900", mismatch.location().text(), "ACL uploads are not used")));

        assertThat(findings(design, AcceptanceRules.NO_LONGER_OCCURS)).isEmpty();
    }
}
