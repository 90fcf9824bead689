package dev.s3grant.analysis.access;

import java.util.List;
import java.util.Objects;

/** The result of evaluating one request: the decision, why, and the statements that decided it. */
public record Evaluation(Decision decision, Reason reason, List<DecidingStatement> statements) {

    public Evaluation {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(reason, "reason");
        statements = List.copyOf(statements);
    }

    /** The deciding statements as {@code document#Sid}, comma-separated; empty when there are none. */
    public String statementLabels() {
        return String.join(", ", statements.stream().map(DecidingStatement::label).toList());
    }
}
