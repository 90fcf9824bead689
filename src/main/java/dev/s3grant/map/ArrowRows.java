package dev.s3grant.map;

import dev.s3grant.analysis.access.AccessMatrix;
import dev.s3grant.analysis.access.AccessRow;
import dev.s3grant.analysis.access.DecidingStatement;
import dev.s3grant.analysis.access.Decision;
import dev.s3grant.analysis.access.Expectation;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of the access check that an arrow stands for, and what they say about it: an arrow is
 * not as intended when any of its rows is not, else allowed as intended when one of its rows is meant
 * to be allowed, else denied as intended.
 */
final class ArrowRows {

    static final String PUT_OBJECT = "s3:PutObject";
    static final String ASSUME_ROLE = "sts:AssumeRole";

    private ArrowRows() {
    }

    /** The rows of a service assuming the role (from its own account and, where guarded, for another). */
    static List<AccessRow> assume(AccessMatrix matrix, String service, String roleArn) {
        return matrix.rows().stream()
                .filter(r -> r.request().caller().isService() && r.request().caller().arn().equals(service)
                        && r.request().action().equals(ASSUME_ROLE) && r.request().resource().equals(roleArn))
                .toList();
    }

    /**
     * The S3 rows of the role's sessions that concern the prefix: requests on objects under it, and
     * those on the bucket itself or on keys under none of the prefixes, which concern every prefix.
     */
    static List<AccessRow> s3(AccessMatrix matrix, String roleArn, String bucketArn, String prefix, List<String> prefixes) {
        List<AccessRow> rows = new ArrayList<>();
        for (AccessRow r : byRole(matrix, roleArn)) {
            if (!r.request().action().startsWith("s3:")) {
                continue;
            }
            String resource = r.request().resource();
            String key = resource.startsWith(bucketArn + "/") ? resource.substring(bucketArn.length() + 1) : null;
            if (key == null || key.startsWith(prefix) || prefixes.stream().noneMatch(key::startsWith)) {
                rows.add(r);
            }
        }
        return List.copyOf(rows);
    }

    /** The KMS rows of the role's sessions. */
    static List<AccessRow> kms(AccessMatrix matrix, String roleArn) {
        return byRole(matrix, roleArn).stream().filter(r -> r.request().action().startsWith("kms:")).toList();
    }

    static ArrowStatus status(List<AccessRow> rows) {
        if (rows.stream().anyMatch(r -> !r.matches())) {
            return ArrowStatus.NOT_AS_INTENDED;
        }
        return rows.isEmpty() || rows.stream().anyMatch(r -> r.expected() == Expectation.ALLOWED)
                ? ArrowStatus.ALLOWED_AS_INTENDED
                : ArrowStatus.DENIED_AS_INTENDED;
    }

    /** The worst of several statuses: not as intended, then allowed, then denied. */
    static ArrowStatus worst(List<ArrowStatus> statuses) {
        if (statuses.contains(ArrowStatus.NOT_AS_INTENDED)) {
            return ArrowStatus.NOT_AS_INTENDED;
        }
        return statuses.contains(ArrowStatus.ALLOWED_AS_INTENDED) || statuses.isEmpty()
                ? ArrowStatus.ALLOWED_AS_INTENDED
                : ArrowStatus.DENIED_AS_INTENDED;
    }

    /** The statements that decided the rows of {@code action} meant to be allowed and allowed (any action when empty). */
    static List<DecidingStatement> allowing(List<AccessRow> rows, String action) {
        return rows.stream()
                .filter(r -> action.isEmpty() || r.request().action().equals(action))
                .filter(r -> r.expected() == Expectation.ALLOWED && r.actual().decision() == Decision.ALLOW)
                .flatMap(r -> r.actual().statements().stream())
                .distinct()
                .toList();
    }

    private static List<AccessRow> byRole(AccessMatrix matrix, String roleArn) {
        return matrix.rows().stream()
                .filter(r -> r.request().caller().isRole() && r.request().caller().roleArn().equals(roleArn))
                .toList();
    }
}
