package dev.s3grant.analysis.findings;

import static dev.s3grant.analysis.Severity.ERROR;
import static dev.s3grant.analysis.Severity.SUGGESTION;
import static dev.s3grant.analysis.Severity.WARNING;

import dev.s3grant.analysis.Finding;
import dev.s3grant.analysis.Location.FileElementLocation;
import dev.s3grant.analysis.Location.FileLocation;
import dev.s3grant.model.Design;
import dev.s3grant.model.DocLinks;
import dev.s3grant.document.DocumentSize;
import dev.s3grant.policy.ExistingMerge;
import dev.s3grant.policy.GeneratedPolicies;
import dev.s3grant.policy.MergedPolicy;
import dev.s3grant.policy.PolicyDocument;
import dev.s3grant.policy.PolicyFile;
import dev.s3grant.policy.PolicyJson;
import dev.s3grant.policy.PolicyMerge;
import dev.s3grant.policy.Statement;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The bucket and key policies merged into the existing ones (S3G-110 to S3G-119,
 * docs/decisions/0029-merge-into-existing-policies.md): an existing statement with a Sid of the
 * designer's that the merge replaces by a different one; two statements equal in meaning; a merged
 * policy over its size limit (AWS rejects it: an ERROR, reported here instead of S3G-090). A foreign
 * Deny that blocks the grant is found by the access check (S3G-900), which names the statement.
 */
final class MergeRules implements DesignRules {

    static final Rule SID_REPLACED = new Rule("S3G-110", WARNING, "findings.merge.sidReplaced",
            DocLinks.SID, """
            {"bucket": {"manage": false}, "existingPolicies": {"bucketPolicy": {"Version": "2012-10-17", "Statement": [
              {"Sid": "DenyInsecureTransport", "Effect": "Deny", "Principal": "*", "Action": "s3:PutObject",
               "Resource": "arn:aws:s3:::central-ingest-222222222222/*", "Condition": {"Bool": {"aws:SecureTransport": "false"}}}]}}}""");
    static final Rule EQUAL_STATEMENTS = new Rule("S3G-111", SUGGESTION, "findings.merge.equalStatements",
            DocLinks.PUT_BUCKET_POLICY, """
            {"bucket": {"manage": false}, "existingPolicies": {"bucketPolicy": {"Version": "2012-10-17", "Statement": [
              {"Sid": "LogDelivery", "Effect": "Allow", "Principal": {"Service": "logging.s3.amazonaws.com"},
               "Action": "s3:PutObject", "Resource": "arn:aws:s3:::central-ingest-222222222222/logs/*"},
              {"Sid": "LogDeliveryAgain", "Effect": "Allow", "Principal": {"Service": "logging.s3.amazonaws.com"},
               "Action": "s3:PutObject", "Resource": "arn:aws:s3:::central-ingest-222222222222/logs/*"}]}}}""");
    static final Rule MERGED_OVER_LIMIT = new Rule("S3G-112", ERROR, "findings.merge.overLimit",
            DocLinks.IAM_QUOTAS, largeExistingPolicy(120));

    @Override
    public List<Rule> rules() {
        return List.of(SID_REPLACED, EQUAL_STATEMENTS, MERGED_OVER_LIMIT);
    }

    @Override
    public void check(Design design, GeneratedPolicies policies, List<Finding> out) {
        if (design.existing().hasBucketPolicy()) {
            check(ExistingMerge.bucket(design), policies.bucketPolicy(), out);
        }
        Optional<PolicyFile> key = policies.keyPolicy();
        if (key.isPresent() && ExistingMerge.mergesKeyPolicy(design)) {
            check(ExistingMerge.key(design), key.get(), out);
        }
    }

    private static void check(MergedPolicy merged, PolicyFile file, List<Finding> out) {
        String name = file.fileName();
        for (Statement s : merged.replaced()) {
            out.add(SID_REPLACED.at(new FileElementLocation(name, s.sid()), name, s.sid()));
        }
        List<Statement> statements = file.document().statements();
        for (int[] pair : PolicyMerge.equalInMeaning(file.document())) {
            out.add(EQUAL_STATEMENTS.at(new FileElementLocation(name, label(statements, pair[1])), name,
                    label(statements, pair[0]), label(statements, pair[1])));
        }
        DocumentSize size = file.size();
        if (size.overLimit()) {
            int kept = 0;
            for (Statement s : merged.kept()) {
                kept += PolicyJson.writeMinified(PolicyDocument.of(List.of(s)))
                        .getBytes(StandardCharsets.UTF_8).length;
            }
            out.add(MERGED_OVER_LIMIT.at(new FileLocation(name), name, size.used(), size.limit(), merged.kept().size(), kept));
        }
    }

    /** True when {@link SizeRules} leaves the file's size to these rules: a merged policy. */
    static boolean covers(Design design, PolicyFile file) {
        return switch (file.kind()) {
            case BUCKET_POLICY -> design.existing().hasBucketPolicy();
            case KEY_POLICY -> ExistingMerge.mergesKeyPolicy(design);
            default -> false;
        };
    }

    /** The statement's Sid, or {@code [N]} (1-based) when it has none, as the access check names it. */
    private static String label(List<Statement> statements, int index) {
        String sid = statements.get(index).sid();
        return sid.isEmpty() ? "[" + (index + 1) + "]" : sid;
    }

    /** An existing bucket policy of {@code count} statements, each for a prefix of its own, too large to merge into. */
    static String largeExistingPolicy(int count) {
        StringBuilder out = new StringBuilder("""
                {"bucket": {"manage": false}, "existingPolicies": {"bucketPolicy": {"Statement": [""");
        for (int i = 0; i < count; i++) {
            String n = ZeroPadded.of(i, 3);
            out.append(i == 0 ? "\n  " : ",\n  ").append("{\"Sid\": \"Team").append(n)
                    .append("\", \"Effect\": \"Allow\", \"Principal\": {\"AWS\": \"arn:aws:iam::333333333333:role/team-").append(n)
                    .append("-uploader\"}, \"Action\": [\"s3:GetObject\", \"s3:PutObject\"], ")
                    .append("\"Resource\": \"arn:aws:s3:::central-ingest-222222222222/teams/").append(n).append("/*\"}");
        }
        return out.append("]}}}").toString();
    }
}
