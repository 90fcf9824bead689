package dev.s3grant.existing.reading;

import dev.s3grant.policy.PolicyDocument;
import java.util.List;

/**
 * A policy read from the files, with the block and line it came from; a policy JSON file knows
 * the line of each statement ({@code statementLines}, empty when every statement is at {@code line}).
 */
record ImportedPolicy(PolicyDocument document, String file, int line, String address, List<Integer> statementLines) {

    ImportedPolicy {
        statementLines = List.copyOf(statementLines);
    }

    ImportedPolicy(PolicyDocument document, String file, int line, String address) {
        this(document, file, line, address, List.of());
    }

    /** The line of the statement at {@code index} (from 0). */
    int lineOf(int index) {
        return index < statementLines.size() ? statementLines.get(index) : line;
    }
}
