package dev.s3grant.policy;

import dev.s3grant.model.Design;
import java.util.List;

/**
 * The bucket policy's denies under SSE-KMS (docs/aws-rules.md#encryption-denies): no put may name another KMS
 * key than the bucket's, nor ask for another encryption than SSE-KMS.
 *
 * <p>Each deny applies only when the put sends the header: {@code Null = false} (the key is present)
 * and {@code StringNotEquals} the bucket's value, ANDed in one statement. A put without encryption
 * headers (default encryption applies) and the multipart calls, which carry none, are never denied
 * (docs/aws-rules.md#denies-satisfiable). An {@code …IfExists} operator would not do: IAM evaluates it
 * as true when the key is absent, so the Deny would apply to exactly those requests.
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
                .map(arn -> Condition.of(ConditionKeys.STRING_NOT_EQUALS, ConditionKeys.SSE_KMS_KEY_ID, arn))
                .orElse(Condition.of(ConditionKeys.STRING_NOT_LIKE, ConditionKeys.SSE_KMS_KEY_ID, Arns.anyKeyOfOwner(design)));
        return List.of(
                Statement.of(Sids.DENY_OTHER_KMS_KEYS, Effect.Deny, Principal.any(),
                        List.of(WriterActions.PUT_OBJECT), objects,
                        List.of(present(ConditionKeys.SSE_KMS_KEY_ID), otherKey)),
                Statement.of(Sids.DENY_OTHER_ENCRYPTION, Effect.Deny, Principal.any(),
                        List.of(WriterActions.PUT_OBJECT), objects,
                        List.of(present(ConditionKeys.SSE_ALGORITHM),
                                Condition.of(ConditionKeys.STRING_NOT_EQUALS, ConditionKeys.SSE_ALGORITHM, SSE_KMS))));
    }

    /** {@code Null: false}: true when the request carries the key. */
    private static Condition present(String key) {
        return Condition.of(ConditionKeys.NULL, key, "false");
    }
}
