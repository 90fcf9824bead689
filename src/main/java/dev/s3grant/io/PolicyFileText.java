package dev.s3grant.io;

import java.util.List;
import java.util.Optional;

/**
 * A policy read from a JSON file by {@link ExistingPolicyReader#readAnyForm}: its canonical text,
 * the line of each statement in the file, and what the AWS CLI output around it says: the role
 * ({@code RoleName}, {@code Path}) and whether it is a role's trust policy
 * ({@code aws iam get-role}) or a role's inline policy ({@code aws iam get-role-policy}).
 */
public record PolicyFileText(String document, List<Integer> statementLines, Optional<String> roleName,
                             Optional<String> rolePath, Form form) {

    /** What held the document. */
    public enum Form {
        /** A document, or {@code Policy} of {@code get-bucket-policy} / {@code get-key-policy}: its kind is read from its statements. */
        DOCUMENT,
        /** {@code Role.AssumeRolePolicyDocument} of {@code aws iam get-role}. */
        ROLE_TRUST,
        /** {@code PolicyDocument} of {@code aws iam get-role-policy}. */
        ROLE_INLINE
    }

    public PolicyFileText {
        statementLines = List.copyOf(statementLines);
    }
}
