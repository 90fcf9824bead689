package dev.s3grant.map;

import dev.s3grant.analysis.access.AccessMatrix;
import dev.s3grant.analysis.access.AccessRow;
import dev.s3grant.analysis.access.Caller;
import dev.s3grant.analysis.access.DecidingStatement;
import dev.s3grant.analysis.access.Decision;
import dev.s3grant.analysis.access.Expectation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of the access check that an arrow stands for, and what they say about it: an arrow is
 * not as intended when any of its rows is not, else allowed as intended when one of its rows is meant
 * to be allowed, else denied as intended.
 */
final class ArrowRows {

    static final String PUT_OBJECT = "s3:PutObject";
    static final String ASSUME_ROLE = "sts:AssumeRole";

    /** The rows of each role's sessions, by role ARN, and of each service's assumption of a role, by service and role. */
    private final Map<String, List<AccessRow>> byRole = new HashMap<>();
    private final Map<List<String>, List<AccessRow>> byServiceAndRole = new HashMap<>();

    /** Indexes the rows once: a map of 100 writers asks for them several hundred times. */
    ArrowRows(AccessMatrix matrix) {
        for (AccessRow r : matrix.rows()) {
            Caller caller = r.request().caller();
            if (caller.isRole()) {
                byRole.computeIfAbsent(caller.roleArn(), k -> new ArrayList<>()).add(r);
            } else if (caller.isService() && r.request().action().equals(ASSUME_ROLE)) {
                byServiceAndRole.computeIfAbsent(List.of(caller.arn(), r.request().resource()), k -> new ArrayList<>()).add(r);
            }
        }
    }

    /** The rows of a service assuming the role (from its own account and, where guarded, for another). */
    List<AccessRow> assume(String service, String roleArn) {
        return byServiceAndRole.getOrDefault(List.of(service, roleArn), List.of());
    }

    /**
     * The S3 rows of the role's sessions by the prefix they concern ({@code ""} alone without prefixes):
     * requests on objects under a prefix concern it; those on the bucket itself or on keys under none
     * of the prefixes concern every prefix.
     */
    Map<String, List<AccessRow>> s3(String roleArn, String bucketArn, List<String> prefixes) {
        List<String> all = prefixes.isEmpty() ? List.of("") : prefixes;
        Map<String, List<AccessRow>> rows = new HashMap<>();
        all.forEach(p -> rows.put(p, new ArrayList<>()));
        String objects = bucketArn + "/";
        for (AccessRow r : byRole.getOrDefault(roleArn, List.of())) {
            if (!r.request().action().startsWith("s3:")) {
                continue;
            }
            String resource = r.request().resource();
            String key = resource.startsWith(objects) ? resource.substring(objects.length()) : null;
            List<String> concerned = key == null ? all : all.stream().filter(key::startsWith).toList();
            for (String prefix : concerned.isEmpty() ? all : concerned) {
                rows.get(prefix).add(r);
            }
        }
        return rows;
    }

    /** The KMS rows of the role's sessions. */
    List<AccessRow> kms(String roleArn) {
        return byRole.getOrDefault(roleArn, List.of()).stream().filter(r -> r.request().action().startsWith("kms:")).toList();
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
}
