package dev.s3grant.analysis.findings;

import static dev.s3grant.analysis.Severity.SUGGESTION;

import dev.s3grant.analysis.Finding;
import dev.s3grant.model.AcceptedFinding;
import dev.s3grant.model.Design;
import dev.s3grant.model.DesignField;
import dev.s3grant.model.DocLinks;
import dev.s3grant.policy.GeneratedPolicies;
import java.util.List;

/**
 * S3G-130: an entry of {@code acceptedFindings} that matches no finding, because the finding was
 * fixed or its location changed; the entry can go. The catalogue runs this set last, so {@code out}
 * already holds every other finding of the design (docs/decisions/0036-accepted-findings.md).
 */
final class AcceptanceRules implements DesignRules {

    static final Rule NO_LONGER_OCCURS = new Rule("S3G-130", SUGGESTION, "findings.accepted.noLongerOccurs",
            DocLinks.ACCESS_ANALYZER_ARCHIVE_RULES, """
            {"acceptedFindings": [{"code": "S3G-001", "location": "bucketOwner.accountId",
              "reason": "The owner account ID is checked by the platform team."}]}""");

    @Override
    public List<Rule> rules() {
        return List.of(NO_LONGER_OCCURS);
    }

    @Override
    public void check(Design design, GeneratedPolicies policies, List<Finding> out) {
        List<Finding> others = List.copyOf(out);
        List<AcceptedFinding> accepted = design.acceptedFindings();
        for (int i = 0; i < accepted.size(); i++) {
            AcceptedFinding a = accepted.get(i);
            if (others.stream().noneMatch(f -> AcceptedFindings.matches(a, f))) {
                out.add(NO_LONGER_OCCURS.at(Locations.at(DesignField.ACCEPTED_FINDINGS, i), a.code(), a.location()));
            }
        }
    }
}
