package dev.s3grant.analysis.access;

import dev.s3grant.model.Message;
import java.util.ArrayList;
import java.util.List;

/** Collects the rows of the access matrix, evaluating each request as it is added. */
final class MatrixRows {

    private final DesignPolicies policies;
    private final ProbeValues probe;
    private final List<AccessRow> rows = new ArrayList<>();

    MatrixRows(DesignPolicies policies) {
        this.policies = policies;
        this.probe = new ProbeValues(policies.design());
    }

    DesignPolicies policies() {
        return policies;
    }

    ProbeValues probe() {
        return probe;
    }

    void add(Message description, AccessRequest request, PolicySet policySet, Expectation expected) {
        rows.add(new AccessRow(description, request, expected, PolicyEvaluator.evaluate(request, policySet)));
    }

    List<AccessRow> rows() {
        return List.copyOf(rows);
    }
}
