package dev.s3grant.policy;

import dev.s3grant.model.Design;
import dev.s3grant.model.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * A writer role's identity-based policy: the object actions on the bucket's prefixes and, under
 * SSE-KMS, the KMS actions on the bucket's key (docs/aws-rules.md#resource-arns, docs/aws-rules.md#kms-writer-actions).
 * Both statements are pinned to the bucket owner's account with {@code aws:ResourceAccount}, and to
 * the organization with {@code aws:ResourceOrgID} when the organization guard applies
 * (docs/aws-rules.md#resource-account, docs/aws-rules.md#organization-guard); the key statement
 * names the key's account, which is the owner's unless the design's key ARN says otherwise. A key the owner's
 * file creates is named by the alias that file gives it ({@code kms:ResourceAliases}), since its
 * ARN is not known before it exists.
 */
public final class RolePolicyGenerator {

    public static final List<String> KMS_ACTIONS = List.of("kms:Decrypt", "kms:GenerateDataKey");

    private RolePolicyGenerator() {
    }

    public static PolicyDocument generate(Design design, Writer writer) {
        List<Statement> statements = new ArrayList<>();
        List<Condition> ownerGuard = ownerGuard(design);
        statements.add(Statement.of(Sids.ALLOW_PUT_OBJECTS, Effect.Allow, null,
                WriterActions.all(design, writer), Arns.objects(design), ownerGuard));
        statements.addAll(ServiceActions.forRole(design, writer, ownerGuard));
        if (design.bucket().encryption().isKms()) {
            List<Condition> keyConditions = new ArrayList<>();
            keyConditions.add(Condition.of(ConditionKeys.STRING_EQUALS, ConditionKeys.RESOURCE_ACCOUNT,
                    BucketKmsKey.account(design)));
            keyConditions.addAll(orgGuard(design));
            if (BucketKmsKey.created(design)) {
                keyConditions.add(Condition.of(ConditionKeys.FOR_ANY_VALUE_STRING_EQUALS,
                        ConditionKeys.KMS_RESOURCE_ALIASES, BucketKmsKey.alias(design)));
            }
            statements.add(Statement.of(Sids.ALLOW_USE_OF_KEY, Effect.Allow, null,
                    KMS_ACTIONS, List.of(keyResource(design)), keyConditions));
        }
        return PolicyDocument.of(statements);
    }

    /** {@code aws:ResourceAccount} = the bucket owner, and {@code aws:ResourceOrgID} under the organization guard. */
    private static List<Condition> ownerGuard(Design design) {
        List<Condition> conditions = new ArrayList<>();
        conditions.add(Condition.of(ConditionKeys.STRING_EQUALS, ConditionKeys.RESOURCE_ACCOUNT,
                design.bucketOwner().accountId()));
        conditions.addAll(orgGuard(design));
        return conditions;
    }

    private static List<Condition> orgGuard(Design design) {
        return design.orgGuarded()
                ? List.of(Condition.of(ConditionKeys.STRING_EQUALS, ConditionKeys.RESOURCE_ORG_ID, design.organizationId()))
                : List.of();
    }

    /**
     * The key the writer may use: the design's key ARN, or any key of the owner account in the
     * region when the key is created for the design (narrowed by its alias) or no ARN is set.
     */
    public static String keyResource(Design design) {
        return BucketKmsKey.arnOrPattern(design);
    }
}
