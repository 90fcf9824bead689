package dev.s3grant.ui.panes;

import java.util.List;

/** One request of the access-check matrix: who asks for what, the intended and the evaluated outcome, and why. */
public record AccessRow(String principal, String action, String resource, boolean expectedAllowed,
                        boolean actualAllowed, List<String> decidingStatements) {

    public AccessRow {
        decidingStatements = List.copyOf(decidingStatements);
    }

    public boolean mismatch() {
        return expectedAllowed != actualAllowed;
    }
}
