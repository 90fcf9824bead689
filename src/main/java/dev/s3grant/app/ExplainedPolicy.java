package dev.s3grant.app;

import dev.s3grant.analysis.Finding;
import dev.s3grant.explain.any.PolicyReading;
import java.util.List;
import java.util.Objects;

/** One policy document of any file, explained, with the findings of the rules that apply to it. */
public record ExplainedPolicy(PolicyReading reading, List<Finding> findings) {

    public ExplainedPolicy {
        Objects.requireNonNull(reading, "reading");
        findings = List.copyOf(findings);
    }
}
