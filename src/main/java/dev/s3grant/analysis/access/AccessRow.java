package dev.s3grant.analysis.access;

import dev.s3grant.model.Message;
import java.util.Objects;

/** One request of the access matrix: what it probes, the request, the intended outcome and the evaluated one. */
public record AccessRow(Message description, AccessRequest request, Expectation expected, Evaluation actual) {

    public AccessRow {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(actual, "actual");
    }

    public boolean matches() {
        return expected.accepts(actual.decision());
    }

    /** The caller as the results show it: an ARN or a service principal. */
    public String principal() {
        return request.caller().arn();
    }
}
