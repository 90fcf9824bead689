package dev.s3grant.existing.check;

import dev.s3grant.analysis.Finding;
import dev.s3grant.analysis.access.AccessMatrix;
import dev.s3grant.model.Message;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The check of existing files: the grant they make, every row with its causes, the guards they
 * leave out, and for two or more folders whether they fit together and the apply order.
 *
 * @param grant      the grant as read and resolved
 * @param rows       the rows, in order
 * @param findings   the findings on the files as they are (guards left out)
 * @param fit        the ways the folders do not fit together (only with two or more folders)
 * @param applyOrder the apply order (only with two or more folders)
 */
public record ExistingCheckResult(ExistingGrant grant, List<CheckedRow> rows, List<Finding> findings, List<Message> fit,
                                  Optional<Message> applyOrder) {

    public ExistingCheckResult {
        Objects.requireNonNull(grant, "grant");
        rows = List.copyOf(rows);
        findings = List.copyOf(findings);
        fit = List.copyOf(fit);
        Objects.requireNonNull(applyOrder, "applyOrder");
    }

    /** The rows as an access matrix, for the reports that show one. */
    public AccessMatrix matrix() {
        return new AccessMatrix(rows.stream().map(CheckedRow::row).toList());
    }

    /** Every row as intended and the folders fit together. */
    public boolean asIntended() {
        return fit.isEmpty() && rows.stream().allMatch(r -> r.row().matches());
    }
}
