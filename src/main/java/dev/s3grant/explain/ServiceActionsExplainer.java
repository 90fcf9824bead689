package dev.s3grant.explain;

import dev.s3grant.model.DocLinks;
import dev.s3grant.model.Message;
import dev.s3grant.policy.ServiceActions;
import dev.s3grant.policy.Sids;
import dev.s3grant.text.Code;
import dev.s3grant.text.CodeList;
import dev.s3grant.text.MessageList;
import java.util.ArrayList;
import java.util.List;

/**
 * Explains the statements that give a writer the further actions its service documents for an S3
 * destination (Firehose), in the role policy and in the bucket policy alike.
 */
final class ServiceActionsExplainer {

    static final String LIST_BUCKET = "s3:ListBucket";
    static final String GET_OBJECT = "s3:GetObject";

    private ServiceActionsExplainer() {
    }

    static boolean isBucketStatement(StatementContext ctx) {
        String sid = ctx.statement().sid();
        return sid.equals(Sids.ALLOW_SERVICE_BUCKET_ACTIONS)
                || ctx.writer() != null && sid.equals(Sids.allowServiceBucketActionsFrom(ctx.writer().alias()));
    }

    static boolean isObjectStatement(StatementContext ctx) {
        String sid = ctx.statement().sid();
        return sid.equals(Sids.ALLOW_SERVICE_OBJECT_ACTIONS)
                || ctx.writer() != null && sid.equals(Sids.allowServiceObjectActionsFrom(ctx.writer().alias()));
    }

    static Explanation bucketActions(StatementContext ctx, String mirrorSid) {
        MessageList services = ServiceNames.of(ServiceActions.documentingServices(ctx.writer()));
        List<Message> notes = new ArrayList<>();
        if (ctx.statement().actions().contains(LIST_BUCKET)) {
            notes.add(Message.of("explain.note.listForService", services));
        }
        return explanation(ctx, "explain.stmt.serviceBucket.what", "explain.stmt.serviceBucket.why",
                services, notes, mirrorSid,
                List.of(DocLinks.FIREHOSE_S3_DESTINATION, DocLinks.CROSS_ACCOUNT_EVALUATION));
    }

    static Explanation objectActions(StatementContext ctx, String mirrorSid) {
        MessageList services = ServiceNames.of(ServiceActions.documentingServices(ctx.writer()));
        List<Message> notes = new ArrayList<>();
        if (ctx.statement().actions().contains(GET_OBJECT)) {
            notes.add(Message.of("explain.note.serviceReads", new CodeList(List.of(GET_OBJECT, LIST_BUCKET)), services));
        }
        if (ctx.design().bucket().objectOwnership().aclsDisabled()) {
            notes.add(Message.of("explain.note.firehoseNoAcl", ctx.ownerAlias()));
        }
        return explanation(ctx, "explain.stmt.serviceObject.what", "explain.stmt.serviceObject.why",
                services, notes, mirrorSid,
                List.of(DocLinks.FIREHOSE_S3_DESTINATION, DocLinks.CROSS_ACCOUNT_EVALUATION, DocLinks.OBJECT_OWNERSHIP));
    }

    /**
     * The explanation of a service-actions statement: what it allows and why (the keys given), what
     * removing it breaks, the notes (then the mirror note) and the links.
     */
    private static Explanation explanation(StatementContext ctx, String whatKey, String whyKey, MessageList services,
                                           List<Message> notes, String mirrorSid, List<String> links) {
        mirror(notes, mirrorSid);
        return new Explanation(ctx.statement().sid(), ctx.file().fileName(),
                Message.of(whatKey, new Code(ctx.roleArn()),
                        new CodeList(ctx.statement().actions()), new CodeList(ctx.statement().resources())),
                Message.of(whyKey, services),
                Message.of("explain.stmt.serviceActions.ifRemoved", services),
                notes, ConditionExplainer.explainAll(ctx), links);
    }

    /** In the role policy, where the bucket policy holds the same actions; nothing in the bucket policy. */
    private static void mirror(List<Message> notes, String mirrorSid) {
        if (mirrorSid != null) {
            notes.add(Message.of("explain.note.mirror", new Code(mirrorSid)));
        }
    }

    /** The note on {@code s3:ListBucket} in a put statement: not granted, or granted for the writer's service. */
    static Message listNote(StatementContext ctx) {
        if (ServiceActions.bucketActions(ctx.writer()).contains(LIST_BUCKET)) {
            return Message.of("explain.note.listForService",
                    ServiceNames.of(ServiceActions.documentingServices(ctx.writer())));
        }
        return Message.of("explain.note.noList");
    }
}
