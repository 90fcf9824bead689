package dev.s3grant.explain;

import dev.s3grant.model.DocLinks;
import dev.s3grant.model.Message;
import dev.s3grant.model.ObjectOwnership;
import dev.s3grant.model.ServiceCatalog;
import dev.s3grant.policy.Arns;
import dev.s3grant.policy.Condition;
import dev.s3grant.policy.ConditionKeys;
import dev.s3grant.policy.DocumentKind;
import dev.s3grant.policy.WriterActions;
import dev.s3grant.text.Code;
import dev.s3grant.text.CodeList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Explains each condition key the generators emit, with the values the design gave it. */
final class ConditionExplainer {

    private ConditionExplainer() {
    }

    static List<ConditionNote> explainAll(StatementContext ctx) {
        return ctx.statement().conditions().stream().map(c -> explain(ctx, c)).toList();
    }

    static ConditionNote explain(StatementContext ctx, Condition c) {
        CodeList values = new CodeList(c.values());
        if (SharedRoleStatements.groupOf(ctx).isPresent()) {
            ConditionNote shared = sharedRole(ctx, c, values);
            if (shared != null) {
                return shared;
            }
        }
        if (c.operator().equals(ConditionKeys.NULL)) {
            return note(c,
                    Message.of("explain.cond.headerPresent.what", new Code(c.key()), values),
                    Message.of("explain.cond.headerPresent.why"),
                    Message.of("explain.cond.headerPresent.ifRemoved"),
                    DocLinks.CONDITION_OPERATORS, DocLinks.BUCKET_ENCRYPTION);
        }
        return switch (c.key()) {
            case ConditionKeys.PRINCIPAL_ARN -> note(c,
                    Message.of("explain.cond.principalArn.what", values),
                    Message.of("explain.cond.principalArn.why", ctx.writer().alias(),
                            new Code(Arns.accountRoot(ctx.design(), ctx.writer().accountId()))),
                    Message.of("explain.cond.principalArn.ifRemoved", ctx.writer().alias(),
                            new Code(ctx.writer().accountId()), scope(ctx)),
                    DocLinks.PRINCIPAL, DocLinks.CONDITION_KEYS);
            case ConditionKeys.PRINCIPAL_ORG_ID -> note(c,
                    Message.of("explain.cond.principalOrgId.what", values),
                    Message.of("explain.cond.principalOrgId.why", ctx.writer().alias()),
                    Message.of("explain.cond.principalOrgId.ifRemoved", scope(ctx)),
                    DocLinks.CONDITION_KEYS);
            case ConditionKeys.RESOURCE_ORG_ID -> note(c,
                    Message.of("explain.cond.resourceOrgId.what", values),
                    Message.of("explain.cond.resourceOrgId.why", new Code(ctx.design().bucket().name())),
                    Message.of("explain.cond.resourceOrgId.ifRemoved", new Code(ctx.design().bucket().name())),
                    DocLinks.CONDITION_KEYS);
            case ConditionKeys.RESOURCE_ACCOUNT -> note(c,
                    Message.of("explain.cond.resourceAccount.what", values, ctx.ownerAlias()),
                    Message.of("explain.cond.resourceAccount.why", ctx.ownerAlias()),
                    Message.of("explain.cond.resourceAccount.ifRemoved", ctx.ownerAlias()),
                    DocLinks.CONDITION_KEYS);
            case ConditionKeys.KMS_VIA_SERVICE -> note(c,
                    Message.of("explain.cond.viaService.what", values),
                    Message.of("explain.cond.viaService.why", ctx.writer().alias()),
                    Message.of("explain.cond.viaService.ifRemoved", new Code(ctx.roleArn())),
                    DocLinks.KMS_CONDITIONS);
            case ConditionKeys.KMS_CALLER_ACCOUNT -> note(c,
                    Message.of("explain.cond.callerAccount.what", values, ctx.writer().alias()),
                    Message.of("explain.cond.callerAccount.why"),
                    Message.of("explain.cond.callerAccount.ifRemoved"),
                    DocLinks.KMS_CONDITIONS);
            case ConditionKeys.KMS_RESOURCE_ALIASES -> note(c,
                    Message.of("explain.cond.resourceAliases.what", values, ctx.ownerAlias()),
                    Message.of("explain.cond.resourceAliases.why", ctx.ownerAlias()),
                    Message.of("explain.cond.resourceAliases.ifRemoved", ctx.ownerAlias()),
                    DocLinks.KMS_ALIAS_AUTHORIZATION, DocLinks.KMS_CONDITIONS);
            case ConditionKeys.SSE_KMS_KEY_ID -> note(c,
                    Message.of(c.operator().equals(ConditionKeys.STRING_NOT_LIKE)
                            ? "explain.cond.sseKeyId.what.pattern" : "explain.cond.sseKeyId.what.exact", values, ctx.ownerAlias()),
                    Message.of("explain.cond.sseKeyId.why"),
                    Message.of("explain.cond.sseKeyId.ifRemoved"),
                    DocLinks.SSE_KMS, DocLinks.BUCKET_ENCRYPTION);
            case ConditionKeys.SSE_ALGORITHM -> note(c,
                    Message.of("explain.cond.sseAlgorithm.what", values),
                    Message.of("explain.cond.sseAlgorithm.why"),
                    Message.of("explain.cond.sseAlgorithm.ifRemoved"),
                    DocLinks.BUCKET_ENCRYPTION);
            case ConditionKeys.SECURE_TRANSPORT -> note(c,
                    Message.of("explain.cond.secureTransport.what"),
                    Message.of("explain.cond.secureTransport.why"),
                    Message.of("explain.cond.secureTransport.ifRemoved", new Code(ctx.design().bucket().name())),
                    DocLinks.S3_SECURITY, DocLinks.CONDITION_KEYS);
            case ConditionKeys.SOURCE_ACCOUNT -> note(c,
                    Message.of("explain.cond.sourceAccount.what", values, ctx.writer().alias()),
                    Message.of("explain.cond.sourceAccount.why", ServiceNames.of(ctx.statement().principal().services())),
                    Message.of("explain.cond.sourceAccount.ifRemoved"),
                    servicePagesAnd(ctx, DocLinks.CONFUSED_DEPUTY, DocLinks.CONDITION_KEYS));
            case ConditionKeys.SOURCE_ARN -> note(c,
                    Message.of("explain.cond.sourceArn.what", values, new Code(ctx.design().region()),
                            new Code(ctx.writer().accountId())),
                    Message.of("explain.cond.sourceArn.why", new Code(ctx.design().region())),
                    Message.of("explain.cond.sourceArn.ifRemoved", new Code(ctx.writer().accountId())),
                    servicePagesAnd(ctx, DocLinks.CONFUSED_DEPUTY, DocLinks.CONDITION_KEYS));
            case ConditionKeys.EXTERNAL_ID -> note(c,
                    Message.of("explain.cond.externalId.what", values, ctx.writer().alias()),
                    Message.of("explain.cond.externalId.why"),
                    Message.of("explain.cond.externalId.ifRemoved"),
                    servicePagesAnd(ctx, DocLinks.CONFUSED_DEPUTY));
            case WriterActions.ACL_KEY -> note(c,
                    Message.of("explain.cond.acl.what", values),
                    aclWhy(ctx),
                    Message.of("explain.cond.acl.ifRemoved", ctx.writer().alias(), ctx.ownerAlias()),
                    DocLinks.ENSURE_OBJECT_OWNERSHIP, DocLinks.OBJECT_OWNERSHIP);
            default -> throw new IllegalArgumentException("no explanation for condition key " + c.key());
        };
    }

    /**
     * The keys that name the writers of a shared-role statement: the role in any account, the listed accounts
     * and the organization; null for the other keys, which read as in a per-writer statement.
     */
    private static ConditionNote sharedRole(StatementContext ctx, Condition c, CodeList values) {
        int count = c.values().size();
        return switch (c.key()) {
            case ConditionKeys.PRINCIPAL_ARN -> note(c,
                    Message.of("explain.cond.sharedRoleArn.what", values),
                    Message.of(ctx.design().options().writersByOrgPath()
                            ? "explain.cond.sharedRoleArn.why.ou" : "explain.cond.sharedRoleArn.why"),
                    Message.of("explain.cond.sharedRoleArn.ifRemoved", scope(ctx)),
                    DocLinks.CONDITION_KEYS, DocLinks.CONDITION_OPERATORS);
            case ConditionKeys.PRINCIPAL_ACCOUNT -> note(c,
                    Message.of("explain.cond.principalAccount.what", count, values),
                    Message.of("explain.cond.principalAccount.why"),
                    Message.of("explain.cond.principalAccount.ifRemoved", scope(ctx)),
                    DocLinks.CONDITION_KEYS, DocLinks.BLOCK_PUBLIC_ACCESS);
            case ConditionKeys.PRINCIPAL_ORG_ID -> note(c,
                    Message.of("explain.cond.principalOrgId.what", values),
                    Message.of("explain.cond.sharedOrgId.why"),
                    Message.of(ctx.file().kind() == DocumentKind.KEY_POLICY
                            ? "explain.cond.sharedOrgId.ifRemoved.key" : "explain.cond.sharedOrgId.ifRemoved"),
                    DocLinks.CONDITION_KEYS, DocLinks.BLOCK_PUBLIC_ACCESS);
            case ConditionKeys.PRINCIPAL_ORG_PATHS -> note(c,
                    Message.of("explain.cond.principalOrgPaths.what", values),
                    Message.of("explain.cond.principalOrgPaths.why"),
                    Message.of("explain.cond.principalOrgPaths.ifRemoved", scope(ctx)),
                    DocLinks.CONDITION_KEYS, DocLinks.ORG_ENTITY_PATH, DocLinks.MULTIVALUED_KEYS);
            case ConditionKeys.KMS_CALLER_ACCOUNT -> note(c,
                    Message.of("explain.cond.sharedCallerAccount.what", count, values),
                    Message.of("explain.cond.sharedCallerAccount.why"),
                    Message.of("explain.cond.sharedCallerAccount.ifRemoved"),
                    DocLinks.KMS_CONDITIONS);
            default -> null;
        };
    }

    /** Why the ACL is required; for an existing bucket whose ownership the files do not set, without naming one. */
    private static Message aclWhy(StatementContext ctx) {
        if (!ctx.design().bucket().ownershipControlsSet()) {
            return Message.of("explain.cond.acl.why.ownershipNotSet", ctx.ownerAlias(),
                    new Code(ctx.design().bucket().objectOwnership().name()));
        }
        return ctx.design().bucket().objectOwnership() == ObjectOwnership.ObjectWriter
                ? Message.of("explain.cond.acl.why.objectWriter", ctx.ownerAlias(), ctx.writer().alias())
                : Message.of("explain.cond.acl.why.preferred", ctx.ownerAlias());
    }

    /** "write to the bucket" or "use the key": what a too-wide grant would let others do. */
    private static Message scope(StatementContext ctx) {
        return ctx.file().kind() == DocumentKind.KEY_POLICY
                ? Message.of("explain.scope.key")
                : Message.of("explain.scope.bucket", new Code(ctx.design().bucket().name()));
    }

    /**
     * The pages of the statement's catalogued services, which document their confused-deputy keys,
     * then the general pages.
     */
    static String[] servicePagesAnd(StatementContext ctx, String... general) {
        List<String> urls = new ArrayList<>(servicePages(ctx.statement().principal().services()));
        urls.addAll(List.of(general));
        return urls.toArray(String[]::new);
    }

    /** The catalogue pages of these service principals, in their order, each once. */
    static List<String> servicePages(List<String> services) {
        return services.stream().map(ServiceCatalog::intended).flatMap(Optional::stream)
                .map(ServiceCatalog.Entry::docUrl).distinct().toList();
    }

    private static ConditionNote note(Condition c, Message what, Message why, Message ifRemoved, String... urls) {
        return new ConditionNote(c.operator(), c.key(), c.values(), what, why, ifRemoved, List.of(urls));
    }
}
