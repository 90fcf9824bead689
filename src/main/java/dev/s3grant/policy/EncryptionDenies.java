package dev.s3grant.policy;

import dev.s3grant.model.Design;
import java.util.List;

/**
 * The bucket policy's denies under SSE-KMS (DOMAIN.md G12, §7 item 19): no put may name another KMS
 * key than the bucket's, nor ask for another encryption than SSE-KMS. Both use {@code …IfExists}
 * operators, so a put that sends no encryption header (default encryption applies) and the
 * multipart calls, which carry none, are never denied (G8: every writer can satisfy them).
 */
final class EncryptionDenies {

    static final String SSE_KMS = "aws:kms";

    private EncryptionDenies() {
    }

    static List<Statement> of(Design design) {
        if (!design.bucket().encryption().isKms()) {
            return List.of();
        }
        List<String> objects = Arns.objects(design);
        Condition otherKey = BucketKmsKey.exactArn(design)
                .map(arn -> Condition.of(ConditionKeys.STRING_NOT_EQUALS_IF_EXISTS, ConditionKeys.SSE_KMS_KEY_ID, arn))
                .orElse(Condition.of(ConditionKeys.STRING_NOT_LIKE_IF_EXISTS, ConditionKeys.SSE_KMS_KEY_ID,
                        Arns.anyKeyOfOwner(design)));
        return List.of(
                Statement.of(Sids.DENY_OTHER_KMS_KEYS, Effect.Deny, Principal.any(),
                        List.of(WriterActions.PUT_OBJECT), objects, List.of(otherKey)),
                Statement.of(Sids.DENY_OTHER_ENCRYPTION, Effect.Deny, Principal.any(),
                        List.of(WriterActions.PUT_OBJECT), objects,
                        List.of(Condition.of(ConditionKeys.STRING_NOT_EQUALS_IF_EXISTS, ConditionKeys.SSE_ALGORITHM, SSE_KMS))));
    }
}
