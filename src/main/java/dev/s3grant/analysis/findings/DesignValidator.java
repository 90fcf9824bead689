package dev.s3grant.analysis.findings;

import dev.s3grant.analysis.Finding;
import dev.s3grant.analysis.access.AccessMatrix;
import dev.s3grant.model.Design;
import dev.s3grant.policy.GeneratedPolicies;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a design and its generated documents against every rule of the {@link RuleCatalog}, as IAM
 * Access Analyzer's policy validation does for a single policy. Works offline and fast enough to
 * run on every keystroke; never throws for any design the model can hold.
 */
public final class DesignValidator {

    private DesignValidator() {
    }

    /** The findings of the design rules, most severe first, then by code and location ({@link FindingOrder}). */
    public static List<Finding> validate(Design design, GeneratedPolicies policies) {
        return validate(design, policies, List.of());
    }

    /** The findings of the design rules and the access check's mismatches ({@link AccessMatrix#findings()}), in order. */
    public static List<Finding> validate(Design design, GeneratedPolicies policies, AccessMatrix matrix) {
        return validate(design, policies, matrix.findings());
    }

    private static List<Finding> validate(Design design, GeneratedPolicies policies, List<Finding> accessFindings) {
        List<Finding> findings = new ArrayList<>(accessFindings);
        for (DesignRules rules : RuleCatalog.ruleSets()) {
            rules.check(design, policies, findings);
        }
        findings.sort(FindingOrder.COMPARATOR);
        return List.copyOf(findings);
    }
}
