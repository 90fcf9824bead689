package dev.s3grant.analysis.access;

import dev.s3grant.analysis.Finding;
import dev.s3grant.analysis.Location;
import dev.s3grant.analysis.Severity;
import dev.s3grant.model.Design;
import dev.s3grant.model.DocLinks;
import dev.s3grant.model.Message;
import dev.s3grant.policy.GeneratedPolicies;
import java.util.ArrayList;
import java.util.List;

/**
 * The access check of a design: requests the grant must allow and requests it must deny, each
 * evaluated against the generated documents. A row whose outcome differs from its intent is an
 * ERROR finding.
 * <p>Rules: docs/aws-rules.md#access-evaluation.
 */
public record AccessMatrix(List<AccessRow> rows) {

    public static final String MISMATCH_CODE = "S3G-900";
    public static final String DOC_URL = DocLinks.CROSS_ACCOUNT_EVALUATION;

    public AccessMatrix {
        rows = List.copyOf(rows);
    }

    /** Builds and evaluates the rows: per writer its own requests and its role's trust, then the outsiders, then what a shared-role statement grants beyond the writers. */
    public static AccessMatrix of(Design design, GeneratedPolicies policies) {
        MatrixRows rows = new MatrixRows(new DesignPolicies(design, policies));
        for (int i = 0; i < design.writers().size(); i++) {
            WriterRows.addTo(rows, i);
            TrustRows.addTo(rows, i);
        }
        OutsiderRows.addTo(rows);
        SharedRoleRows.addTo(rows);
        return new AccessMatrix(rows.rows());
    }

    public boolean allMatch() {
        return rows.stream().allMatch(AccessRow::matches);
    }

    public List<AccessRow> mismatches() {
        return rows.stream().filter(r -> !r.matches()).toList();
    }

    /** The location of a row in findings: {@code access-matrix#N}, 1-based. */
    public static Location location(int index) {
        return new Location.AccessRowLocation(index + 1);
    }

    /** One ERROR per row whose outcome differs from its intent. */
    public List<Finding> findings() {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            AccessRow row = rows.get(i);
            if (!row.matches()) {
                String statements = row.actual().statements().isEmpty() ? "-" : row.actual().statementLabels();
                findings.add(new Finding(MISMATCH_CODE, Severity.ERROR, location(i),
                        Message.of("findings.access.mismatch", i + 1, row.principal(), row.request().action(),
                                row.request().resource(), row.expected().name(), row.actual().decision().name(), statements),
                        DOC_URL));
            }
        }
        return List.copyOf(findings);
    }
}
