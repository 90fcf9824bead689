package dev.s3grant.policy;

import java.util.List;

/**
 * A generated policy merged into the policy a bucket or key has today: the document (the kept
 * statements in their order, then the designer's), the statements kept from the existing policy,
 * and the existing statements that carried a Sid of the designer's and were dropped although they
 * differ from what the design writes now (docs/decisions/0029-merge-into-existing-policies.md).
 */
public record MergedPolicy(PolicyDocument document, List<Statement> kept, List<Statement> replaced) {

    public MergedPolicy {
        kept = List.copyOf(kept);
        replaced = List.copyOf(replaced);
    }

    /** True when {@code statement} of the merged document came from the existing policy. */
    public boolean isKept(Statement statement) {
        return kept.contains(statement);
    }
}
