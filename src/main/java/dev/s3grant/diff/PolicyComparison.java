package dev.s3grant.diff;

import java.util.List;

/** The result of comparing two policies by meaning: a label and, when access changed, what changed. */
record PolicyComparison(ChangeLabel label, List<AccessChange> changes) {

    PolicyComparison {
        changes = List.copyOf(changes);
    }
}
