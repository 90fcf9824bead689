package dev.s3grant.analysis.access;

import dev.s3grant.model.Design;
import dev.s3grant.model.Message;
import dev.s3grant.model.Writer;
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

    Design design() {
        return policies.design();
    }

    /** The design's writer at {@code index}, whose rows are being added. */
    Writer writer(int index) {
        return policies.design().writers().get(index);
    }

    void add(Message description, AccessRequest request, PolicySet policySet, Expectation expected) {
        rows.add(new AccessRow(description, request, expected, PolicyEvaluator.evaluate(request, policySet)));
    }

    List<AccessRow> rows() {
        return List.copyOf(rows);
    }
}
