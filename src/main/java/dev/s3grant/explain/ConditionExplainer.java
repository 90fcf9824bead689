package dev.s3grant.explain;

import dev.s3grant.model.Message;
import dev.s3grant.model.ObjectOwnership;
import dev.s3grant.model.ServiceCatalog;
import dev.s3grant.policy.Arns;
import dev.s3grant.policy.Condition;
import dev.s3grant.policy.ConditionKeys;
import dev.s3grant.policy.DocumentKind;
import dev.s3grant.policy.WriterActions;
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
                    ctx.design().bucket().objectOwnership() == ObjectOwnership.ObjectWriter
                            ? Message.of("explain.cond.acl.why.objectWriter", ctx.ownerAlias(), ctx.writer().alias())
                            : Message.of("explain.cond.acl.why.preferred", ctx.ownerAlias()),
                    Message.of("explain.cond.acl.ifRemoved", ctx.writer().alias(), ctx.ownerAlias()),
                    DocLinks.ENSURE_OBJECT_OWNERSHIP, DocLinks.OBJECT_OWNERSHIP);
            default -> throw new IllegalArgumentException("no explanation for condition key " + c.key());
        };
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
