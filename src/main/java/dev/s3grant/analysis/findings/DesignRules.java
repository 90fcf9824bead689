package dev.s3grant.analysis.findings;

import dev.s3grant.analysis.Finding;
import dev.s3grant.model.Design;
import dev.s3grant.policy.GeneratedPolicies;
import java.util.List;

/** One concern's rules: the catalogue entries it owns, and the check that raises their findings. */
interface DesignRules {

    List<Rule> rules();

    /** Adds a finding for each broken rule; never throws, whatever the design holds. */
    void check(Design design, GeneratedPolicies policies, List<Finding> out);
}
