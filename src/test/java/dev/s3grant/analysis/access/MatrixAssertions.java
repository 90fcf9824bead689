package dev.s3grant.analysis.access;

import dev.s3grant.model.Design;
import dev.s3grant.policy.PolicyGenerator;
import java.util.List;
import java.util.stream.Collectors;

/** Helpers for matrix tests: build a matrix and describe its rows compactly for assertions and failure messages. */
final class MatrixAssertions {

    private MatrixAssertions() {
    }

    static AccessMatrix matrix(Design design) {
        return AccessMatrix.of(design, PolicyGenerator.generate(design));
    }

    /** {@code key action expected->decision}, one per row. */
    static List<String> shape(AccessMatrix matrix) {
        return matrix.rows().stream()
                .map(r -> r.description().key().substring("access.row.".length()) + " " + r.request().action()
                        + " " + r.expected() + "->" + r.actual().decision())
                .toList();
    }

    static List<AccessRow> rows(AccessMatrix matrix, String key) {
        return matrix.rows().stream().filter(r -> r.description().key().equals("access.row." + key)).toList();
    }

    static String describeMismatches(AccessMatrix matrix) {
        return matrix.mismatches().stream()
                .map(r -> r.description() + " " + r.principal() + " " + r.request().action() + " " + r.request().resource()
                        + " " + r.request().context() + " expected " + r.expected() + " got " + r.actual())
                .collect(Collectors.joining("\n"));
    }
}
