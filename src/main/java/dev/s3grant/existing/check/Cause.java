package dev.s3grant.existing.check;

import dev.s3grant.model.Message;
import java.util.Objects;

/**
 * Why a row of the existing files' check is not as intended, in words: the kind, and its message
 * ({@code existing.check.cause.KIND}, with the statements, roles and keys it names).
 */
public record Cause(Kind kind, Message message) {

    /** The causes the check names. */
    public enum Kind {
        /** An applicable Deny statement, usually one the grant did not write. */
        FOREIGN_DENY,
        /** The request passes only with the bucket-owner-full-control ACL header, which writers do not send. */
        ACL_CONDITION,
        /** A key condition on the object's ARN, while with an S3 Bucket Key KMS sees the bucket's ARN. */
        BUCKET_KEY_CONTEXT,
        /** A trust condition on aws:SourceAccount, aws:SourceArn or sts:ExternalId for a service that does not send it. */
        SOURCE_CONDITION_UNSENT,
        /** The bucket policy names a role of the writer's account by another name. */
        ROLE_NAME_MISMATCH,
        /** The writer's side allows, the resource's policy does not. */
        MISSING_RESOURCE_ALLOW,
        /** The resource's policy allows, the writer's identity-based policies do not. */
        MISSING_IDENTITY_ALLOW,
        /** Neither side allows. */
        MISSING_BOTH_ALLOWS,
        /** The files do not declare the role, so nothing grants it permissions. */
        ROLE_NOT_DECLARED,
        /** s3:PutObjectAcl is allowed although ACLs are disabled. */
        ACL_PERMISSION_UNNEEDED,
        /** A request meant to be denied is allowed. */
        UNINTENDED_ALLOW;

        public String messageKey() {
            return "existing.check.cause." + name();
        }
    }

    public Cause {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    static Cause of(Kind kind, Object... args) {
        return new Cause(kind, Message.of(kind.messageKey(), args));
    }
}
