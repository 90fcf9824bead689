package dev.s3grant.ui.panes;

import dev.s3grant.model.Message;
import java.util.List;

/**
 * One request of the access-check matrix as the window shows it: what it probes, who asks for
 * what, the intended and the evaluated outcome, why, and the statements that decided it.
 */
public record AccessRow(Message description, String principal, String action, String resource,
                        boolean expectedAllowed, Outcome actual, Message reason, List<String> decidingStatements) {

    /** The evaluated outcome, as IAM names it. */
    public enum Outcome {
        ALLOW,
        IMPLICIT_DENY,
        EXPLICIT_DENY;

        public boolean allowed() {
            return this == ALLOW;
        }
    }

    public AccessRow {
        decidingStatements = List.copyOf(decidingStatements);
    }

    public boolean mismatch() {
        return expectedAllowed != actual.allowed();
    }
}
