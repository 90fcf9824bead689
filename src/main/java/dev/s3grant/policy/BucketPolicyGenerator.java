package dev.s3grant.policy;

import dev.s3grant.model.Design;
import dev.s3grant.model.PrincipalStyle;
import dev.s3grant.model.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The bucket policy: one Allow per writer (or, in the shared-role style, one for all writers that share a role), the encryption denies under SSE-KMS ({@link EncryptionDenies}),
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
        if (design.options().principalStyle() == PrincipalStyle.SHARED_ROLE) {
            addSharedRoleStatements(design, objects, statements);
        } else {
            addPerWriterStatements(design, objects, statements);
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

    /**
     * One Allow per group of writers that share a role ({@link SharedRoleGroup}; one group when the design is
     * valid), naming them by conditions under {@code Principal: {"AWS": "*"}}; a service's further actions
     * stay per writer (docs/decisions/0043-shared-role-principal-style.md).
     */
    private static void addSharedRoleStatements(Design design, List<String> objects, List<Statement> statements) {
        for (SharedRoleGroup group : SharedRoleGroup.of(design)) {
            Principal anyone = Principal.aws("*");
            List<Condition> conditions = group.principalConditions(design);
            List<String> upkeep = WriterActions.upkeepActions(group.first());
            if (WriterActions.aclRequired(design)) {
                List<Condition> withAcl = new ArrayList<>(conditions);
                withAcl.add(Condition.of(ConditionKeys.STRING_EQUALS, WriterActions.ACL_KEY,
                        WriterActions.BUCKET_OWNER_FULL_CONTROL));
                statements.add(Statement.of(Sids.allowPutFromGroup(group), Effect.Allow, anyone,
                        WriterActions.putActions(design), objects, withAcl));
                if (!upkeep.isEmpty()) {
                    statements.add(Statement.of(Sids.allowUploadCleanupFromGroup(group), Effect.Allow, anyone,
                            upkeep, objects, conditions));
                }
            } else {
                statements.add(Statement.of(Sids.allowPutFromGroup(group), Effect.Allow, anyone,
                        WriterActions.all(design, group.first()), objects, conditions));
            }
        }
        for (Writer writer : design.writers()) {
            statements.addAll(ServiceActions.forBucket(design, writer, BucketSidePrincipal.of(design, writer)));
        }
    }

    private static void addPerWriterStatements(Design design, List<String> objects, List<Statement> statements) {
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
    }
}
