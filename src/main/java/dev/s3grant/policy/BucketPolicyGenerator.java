package dev.s3grant.policy;

import dev.s3grant.model.Design;
import dev.s3grant.model.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The bucket policy: one Allow per writer, the encryption denies under SSE-KMS ({@link EncryptionDenies}),
 * then the TLS deny (docs/aws-rules.md#principal-style, docs/aws-rules.md#organization-guard,
 * docs/aws-rules.md#no-put-object-acl, docs/aws-rules.md#encryption-denies, docs/aws-rules.md#tls-deny). With ACLs enabled
 * the put statement requires {@code bucket-owner-full-control}, and the actions that cannot carry
 * that header move to a statement of their own.
 */
public final class BucketPolicyGenerator {

    private BucketPolicyGenerator() {
    }

    public static PolicyDocument generate(Design design) {
        List<Statement> statements = new ArrayList<>();
        List<String> objects = Arns.objects(design);
        for (Writer writer : design.writers()) {
            BucketSidePrincipal who = BucketSidePrincipal.of(design, writer);
            List<String> upkeep = WriterActions.upkeepActions(writer);
            if (WriterActions.aclRequired(design)) {
                statements.add(Statement.of(Sids.allowPutFrom(writer.alias()), Effect.Allow, who.principal(),
                        WriterActions.putActions(design), objects,
                        who.with(Condition.of(ConditionKeys.STRING_EQUALS, WriterActions.ACL_KEY,
                                WriterActions.BUCKET_OWNER_FULL_CONTROL))));
                if (!upkeep.isEmpty()) {
                    statements.add(Statement.of(Sids.allowUploadCleanupFrom(writer.alias()), Effect.Allow,
                            who.principal(), upkeep, objects, who.conditions()));
                }
            } else {
                statements.add(Statement.of(Sids.allowPutFrom(writer.alias()), Effect.Allow, who.principal(),
                        WriterActions.all(design, writer), objects, who.conditions()));
            }
            statements.addAll(ServiceActions.forBucket(design, writer, who));
        }
        statements.addAll(EncryptionDenies.of(design));
        if (design.bucket().denyInsecureTransport()) {
            String bucket = Arns.bucket(design);
            statements.add(Statement.of(Sids.DENY_INSECURE_TRANSPORT, Effect.Deny, Principal.any(),
                    List.of("s3:*"), List.of(bucket, bucket + "/*"),
                    List.of(Condition.of(ConditionKeys.BOOL, ConditionKeys.SECURE_TRANSPORT, "false"))));
        }
        return PolicyDocument.of(statements);
    }
}
