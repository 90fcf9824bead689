package dev.s3grant.policy;

import dev.s3grant.model.Design;
import dev.s3grant.model.PrincipalStyle;
import dev.s3grant.model.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The KMS key policy under SSE-KMS (docs/aws-rules.md#kms-key-policy): the writer roles may use the key for S3's data
 * keys, only through S3 in the bucket's region ({@code kms:ViaService}) and only from their own
 * account ({@code kms:CallerAccount}). In the shared-role style one statement names every writer that shares a
 * role, by {@code ArnLike aws:PrincipalArn} and the list of their accounts in {@code kms:CallerAccount}, or their
 * organizational unit in {@code aws:PrincipalOrgPaths} when the design names one (decision 0052). A managed key gets the full policy, led by the statement that keeps the owner account's IAM
 * policies in charge of the key; an existing key gets only the statements to add to its policy.
 */
public final class KeyPolicyGenerator {

    private KeyPolicyGenerator() {
    }

    public static PolicyDocument generate(Design design) {
        List<Statement> statements = new ArrayList<>();
        if (design.bucket().encryption().manageKey()) {
            statements.add(Statement.of(Sids.ENABLE_KEY_ADMINISTRATION, Effect.Allow,
                    Principal.aws(Arns.accountRoot(design, design.bucketOwner().accountId())),
                    List.of("kms:*"), List.of("*"), List.of()));
        }
        if (design.options().principalStyle() == PrincipalStyle.SHARED_ROLE) {
            for (SharedRoleGroup group : SharedRoleGroup.of(design)) {
                List<Condition> conditions = new ArrayList<>();
                conditions.add(Condition.of(ConditionKeys.ARN_LIKE, ConditionKeys.PRINCIPAL_ARN, group.roleArnPattern(design)));
                if (design.orgGuarded()) {
                    conditions.add(Condition.of(ConditionKeys.STRING_EQUALS, ConditionKeys.PRINCIPAL_ORG_ID,
                            design.organizationId()));
                }
                conditions.add(Condition.of(ConditionKeys.STRING_EQUALS, ConditionKeys.KMS_VIA_SERVICE, BucketKmsKey.s3ViaService(design)));
                conditions.add(group.accountCondition(design, ConditionKeys.KMS_CALLER_ACCOUNT));
                statements.add(Statement.of(Sids.allowKeyUseFromGroup(group), Effect.Allow, Principal.aws("*"),
                        RolePolicyGenerator.KMS_ACTIONS, List.of("*"), conditions));
            }
            return PolicyDocument.of(statements);
        }
        for (Writer writer : design.writers()) {
            BucketSidePrincipal who = BucketSidePrincipal.of(design, writer);
            List<Condition> conditions = new ArrayList<>(who.conditions());
            conditions.add(Condition.of(ConditionKeys.STRING_EQUALS, ConditionKeys.KMS_VIA_SERVICE, BucketKmsKey.s3ViaService(design)));
            conditions.add(Condition.of(ConditionKeys.STRING_EQUALS, ConditionKeys.KMS_CALLER_ACCOUNT, writer.accountId()));
            statements.add(Statement.of(Sids.allowKeyUseFrom(writer.alias()), Effect.Allow, who.principal(),
                    RolePolicyGenerator.KMS_ACTIONS, List.of("*"), conditions));
        }
        return PolicyDocument.of(statements);
    }
}
