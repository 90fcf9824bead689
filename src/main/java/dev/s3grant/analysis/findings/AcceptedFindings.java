package dev.s3grant.analysis.findings;

import dev.s3grant.analysis.Finding;
import dev.s3grant.model.AcceptedFinding;
import dev.s3grant.model.Design;
import java.util.List;
import java.util.Optional;

/**
 * Which findings a design accepts: a finding is accepted when an entry of
 * {@link Design#acceptedFindings()} has its code and its location text ({@code Location.text()}).
 * Accepted findings stay in every report, marked as suppressed with the reason; an accepted ERROR
 * still stops {@code generate} (docs/decisions/0036-accepted-findings.md).
 */
public final class AcceptedFindings {

    private AcceptedFindings() {
    }

    /** The entry that accepts the finding, if any (the first one, when several match). */
    public static Optional<AcceptedFinding> of(Design design, Finding finding) {
        return design.acceptedFindings().stream().filter(a -> matches(a, finding)).findFirst();
    }

    /** True when the entry names the finding's code and location text exactly. */
    public static boolean matches(AcceptedFinding accepted, Finding finding) {
        return accepted.code().equals(finding.code()) && accepted.location().equals(finding.location().text());
    }

    /** How many of the findings the design accepts. */
    public static long count(Design design, List<Finding> findings) {
        return findings.stream().filter(f -> of(design, f).isPresent()).count();
    }
}
