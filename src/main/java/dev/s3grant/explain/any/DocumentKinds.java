package dev.s3grant.explain.any;

import dev.s3grant.policy.DocumentKind;
import dev.s3grant.policy.PolicyDocument;
import dev.s3grant.policy.Statement;
import java.util.Optional;

/**
 * Tells what kind of policy a document is: from the Terraform attribute that holds it where there
 * is one ({@code assume_role_policy}, the {@code policy} of {@code aws_s3_bucket_policy},
 * {@code aws_kms_key}, {@code aws_iam_role_policy}, ...), otherwise from its statements.
 */
public final class DocumentKinds {

    private DocumentKinds() {
    }

    public static Optional<DocumentKind> of(String holder, String attribute, PolicyDocument document) {
        if (attribute.equals("assume_role_policy")) {
            return Optional.of(DocumentKind.TRUST_POLICY);
        }
        switch (holder) {
            case "aws_s3_bucket_policy":
                return Optional.of(DocumentKind.BUCKET_POLICY);
            case "aws_kms_key", "aws_kms_key_policy", "aws_kms_replica_key":
                return Optional.of(DocumentKind.KEY_POLICY);
            case "aws_iam_role_policy", "aws_iam_policy", "aws_iam_user_policy", "aws_iam_group_policy":
                return Optional.of(DocumentKind.ROLE_POLICY);
            default:
                return fromStatements(document);
        }
    }

    /** No principal: identity-based; role assumption: trust; S3 resources: bucket; KMS actions: key. */
    public static Optional<DocumentKind> fromStatements(PolicyDocument document) {
        if (document.statements().stream().allMatch(s -> s.principal() == null && s.notPrincipal() == null)) {
            return Optional.of(DocumentKind.ROLE_POLICY);
        }
        if (document.statements().stream().anyMatch(DocumentKinds::assumesRole)) {
            return Optional.of(DocumentKind.TRUST_POLICY);
        }
        if (document.statements().stream().flatMap(s -> java.util.stream.Stream.concat(s.resources().stream(),
                s.notResources().stream())).anyMatch(r -> r.contains(":s3:::"))) {
            return Optional.of(DocumentKind.BUCKET_POLICY);
        }
        if (document.statements().stream().flatMap(s -> s.actions().stream()).anyMatch(a -> a.toLowerCase(java.util.Locale.ROOT).startsWith("kms:"))) {
            return Optional.of(DocumentKind.KEY_POLICY);
        }
        return Optional.empty();
    }

    private static boolean assumesRole(Statement s) {
        return s.resources().isEmpty() && s.notResources().isEmpty()
                && s.actions().stream().anyMatch(a -> a.toLowerCase(java.util.Locale.ROOT).startsWith("sts:assumerole")
                || a.equalsIgnoreCase("sts:TagSession"));
    }
}
