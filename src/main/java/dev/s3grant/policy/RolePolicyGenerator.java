package dev.s3grant.policy;

import dev.s3grant.model.Design;
import dev.s3grant.model.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * A writer role's identity-based policy: the object actions on the bucket's prefixes, pinned to the
 * organization with {@code aws:ResourceOrgID} (DOMAIN.md G4, G7), and the KMS actions under SSE-KMS
 * (G11).
 */
public final class RolePolicyGenerator {

    public static final List<String> KMS_ACTIONS = List.of("kms:Decrypt", "kms:GenerateDataKey");

    private RolePolicyGenerator() {
    }

    public static PolicyDocument generate(Design design, Writer writer) {
        List<Statement> statements = new ArrayList<>();
        List<Condition> orgGuard = design.orgGuarded()
                ? List.of(Condition.of(ConditionKeys.STRING_EQUALS, ConditionKeys.RESOURCE_ORG_ID, design.organizationId()))
                : List.of();
        statements.add(Statement.of(Sids.ALLOW_PUT_OBJECTS, Effect.Allow, null,
                WriterActions.all(design, writer), Arns.objects(design), orgGuard));
        statements.addAll(ServiceActions.forRole(design, writer, orgGuard));
        if (design.bucket().encryption().isKms()) {
            statements.add(Statement.of(Sids.ALLOW_USE_OF_KEY, Effect.Allow, null,
                    KMS_ACTIONS, List.of(keyResource(design)), List.of()));
        }
        return PolicyDocument.of(statements);
    }

    /**
     * The key the writer may use: the design's key ARN, or any key of the owner account when the
     * key is created by the owner's file (its ARN is not known before it exists; the key policy
     * in the owner account is what admits the writer to that one key).
     */
    public static String keyResource(Design design) {
        var encryption = design.bucket().encryption();
        if (encryption.manageKey() || encryption.kmsKeyArn().isEmpty()) {
            return Arns.anyKeyOfOwner(design);
        }
        return encryption.kmsKeyArn();
    }
}
