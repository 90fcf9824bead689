package dev.s3grant.existing.check;

import dev.s3grant.analysis.access.AccessRequest;
import dev.s3grant.analysis.access.AccessRow;
import dev.s3grant.analysis.access.Decision;
import dev.s3grant.analysis.access.DecidingStatement;
import dev.s3grant.analysis.access.Evaluation;
import dev.s3grant.analysis.access.PolicyEvaluator;
import dev.s3grant.analysis.access.PolicySet;
import dev.s3grant.policy.ConditionKeys;
import dev.s3grant.policy.Effect;
import dev.s3grant.policy.Statement;
import dev.s3grant.policy.TrustPolicyGenerator;
import dev.s3grant.policy.WriterActions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the cause of a row that is not as intended. It asks the evaluator again with one thing
 * changed (the ACL header sent, the object's ARN as encryption context) to tell a condition that
 * the writers cannot meet from a missing Allow, and reads the statements for the rest: a Deny, a
 * source condition for a service that does not send it, a role named otherwise.
 */
final class CauseFinder {

    static final String ENCRYPTION_CONTEXT = "kms:EncryptionContext:aws:s3:arn";
    private static final Pattern ROLE_ARN = Pattern.compile("^arn:[a-z0-9-]+:iam::(\\d{12}):role/(?:.*/)?([^/]+)$");
    private static final List<String> SOURCE_KEYS = List.of(ConditionKeys.SOURCE_ACCOUNT, ConditionKeys.SOURCE_ARN,
            ConditionKeys.EXTERNAL_ID);

    private CauseFinder() {
    }

    static List<Cause> causes(ExistingGrant grant, WriterRole writer, AccessRow row, PolicySet policies) {
        AccessRequest request = row.request();
        Evaluation actual = row.actual();
        if (actual.decision().allowed()) {
            String statements = actual.statementLabels();
            return List.of(request.action().equals(WriterActions.PUT_OBJECT_ACL)
                    ? Cause.of(Cause.Kind.ACL_PERMISSION_UNNEEDED, statements)
                    : Cause.of(Cause.Kind.UNINTENDED_ALLOW, statements));
        }
        List<Cause> causes = new ArrayList<>();
        if (request.action().equals(TrustPolicyGenerator.ASSUME_ROLE)) {
            unsentSourceCondition(writer, request).ifPresent(causes::add);
        } else if (request.action().startsWith("s3:") && !request.context().has(WriterActions.ACL_KEY)) {
            AccessRequest withAcl = new AccessRequest(request.caller(), request.action(), request.resource(),
                    request.resourceAccount(), request.context().with(WriterActions.ACL_KEY, WriterActions.BUCKET_OWNER_FULL_CONTROL));
            Evaluation again = PolicyEvaluator.evaluate(withAcl, policies);
            if (again.decision().allowed()) {
                causes.add(Cause.of(Cause.Kind.ACL_CONDITION, labels(actual, Effect.Deny, actual.statementLabels())));
            }
        } else if (request.action().startsWith("kms:") && grant.bucketKey()) {
            String object = grant.bucketArn() + "/" + grant.prefixes().get(0) + ExistingRows.OBJECT;
            AccessRequest perObject = new AccessRequest(request.caller(), request.action(), request.resource(),
                    request.resourceAccount(), request.context().with(ENCRYPTION_CONTEXT, object));
            if (PolicyEvaluator.evaluate(perObject, policies).decision().allowed()) {
                causes.add(Cause.of(Cause.Kind.BUCKET_KEY_CONTEXT, grant.bucketArn()));
            }
        }
        if (!causes.isEmpty()) {
            return causes;
        }
        if (actual.decision() == Decision.EXPLICIT_DENY) {
            return List.of(Cause.of(Cause.Kind.FOREIGN_DENY, actual.statementLabels()));
        }
        if (request.action().startsWith("s3:")) {
            roleNamedOtherwise(grant, writer).ifPresent(causes::add);
        }
        if (!causes.isEmpty()) {
            return causes;
        }
        String resource = policies.resourcePolicy().map(p -> p.name()).orElse("-");
        switch (actual.reason()) {
            case RESOURCE_POLICY_DOES_NOT_ALLOW -> causes.add(Cause.of(Cause.Kind.MISSING_RESOURCE_ALLOW, resource,
                    request.action()));
            case IDENTITY_POLICY_DOES_NOT_ALLOW -> causes.add(identityCause(writer, request, resource));
            default -> {
                if (request.caller().isService()) {
                    causes.add(Cause.of(Cause.Kind.MISSING_RESOURCE_ALLOW, resource, request.action()));
                } else if (!writer.declared()) {
                    causes.add(Cause.of(Cause.Kind.ROLE_NOT_DECLARED, writer.roleArn()));
                    causes.add(Cause.of(Cause.Kind.MISSING_RESOURCE_ALLOW, resource, request.action()));
                } else {
                    causes.add(Cause.of(Cause.Kind.MISSING_BOTH_ALLOWS, writer.name(), resource, request.action()));
                }
            }
        }
        return causes;
    }

    private static Cause identityCause(WriterRole writer, AccessRequest request, String resource) {
        return writer.declared()
                ? Cause.of(Cause.Kind.MISSING_IDENTITY_ALLOW, writer.name(), request.action(), resource)
                : Cause.of(Cause.Kind.ROLE_NOT_DECLARED, writer.roleArn());
    }

    /** A Deny among the deciding statements, or else all of them. */
    private static String labels(Evaluation evaluation, Effect effect, String otherwise) {
        List<String> matching = evaluation.statements().stream().filter(s -> s.effect() == effect)
                .map(DecidingStatement::label).toList();
        return matching.isEmpty() ? (otherwise.isEmpty() ? "-" : otherwise) : String.join(", ", matching);
    }

    /** A trust statement for the service that requires a source key the service does not send. */
    private static Optional<Cause> unsentSourceCondition(WriterRole writer, AccessRequest request) {
        String service = request.caller().arn();
        if (writer.trust().isEmpty()) {
            return Optional.empty();
        }
        for (Statement s : ExistingRows.statementsTrusting(writer.trust().get(), service)) {
            for (String key : SOURCE_KEYS) {
                if (GrantAssembler.hasCondition(s, key) && !request.context().has(key)) {
                    return Optional.of(Cause.of(Cause.Kind.SOURCE_CONDITION_UNSENT, service, key));
                }
            }
        }
        return Optional.empty();
    }

    /** The bucket policy names roles of the writer's account, none of them by the writer's name. */
    private static Optional<Cause> roleNamedOtherwise(ExistingGrant grant, WriterRole writer) {
        if (grant.bucketPolicy().isEmpty()) {
            return Optional.empty();
        }
        List<String> sameAccount = new ArrayList<>();
        for (String arn : GrantAssembler.namedRoles(grant.bucketPolicy().get().document())) {
            Matcher m = ROLE_ARN.matcher(arn);
            if (m.matches() && m.group(1).equals(writer.account())) {
                if (m.group(2).equals(writer.name())) {
                    return Optional.empty();
                }
                sameAccount.add(arn);
            }
        }
        return sameAccount.isEmpty() ? Optional.empty()
                : Optional.of(Cause.of(Cause.Kind.ROLE_NAME_MISMATCH, String.join(", ", sameAccount), writer.roleArn()));
    }
}
