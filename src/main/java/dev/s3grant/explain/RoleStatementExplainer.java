package dev.s3grant.explain;

import dev.s3grant.model.DocLinks;
import dev.s3grant.model.Encryption;
import dev.s3grant.model.Message;
import dev.s3grant.policy.BucketKmsKey;
import dev.s3grant.policy.Sids;
import dev.s3grant.text.Code;
import dev.s3grant.text.CodeList;
import java.util.ArrayList;
import java.util.List;

/** Explains a writer role's identity-based policy: the object actions and, under SSE-KMS, the key use. */
final class RoleStatementExplainer {

    private RoleStatementExplainer() {
    }

    static Explanation explain(StatementContext ctx) {
        String sid = ctx.statement().sid();
        if (sid.equals(Sids.ALLOW_PUT_OBJECTS)) {
            return allowPutObjects(ctx);
        }
        if (sid.equals(Sids.ALLOW_USE_OF_KEY)) {
            return allowUseOfKey(ctx);
        }
        if (ServiceActionsExplainer.isBucketStatement(ctx)) {
            return ServiceActionsExplainer.bucketActions(ctx, Sids.allowServiceBucketActionsFrom(ctx.writer().alias()));
        }
        if (ServiceActionsExplainer.isObjectStatement(ctx)) {
            return ServiceActionsExplainer.objectActions(ctx, Sids.allowServiceObjectActionsFrom(ctx.writer().alias()));
        }
        throw new IllegalArgumentException("no explanation for role policy statement " + sid);
    }

    private static Explanation allowPutObjects(StatementContext ctx) {
        List<Message> notes = new ArrayList<>();
        notes.add(Message.of("explain.note.mirror", new Code(Sids.allowPutFrom(ctx.writer().alias()))));
        LiteralNotes.addPrefixNote(ctx.design(), notes);
        return new Explanation(ctx.statement().sid(), ctx.file().fileName(),
                Message.of("explain.stmt.allowPutObjects.what", new Code(ctx.roleArn()),
                        new CodeList(ctx.statement().actions()), new CodeList(ctx.statement().resources())),
                Message.of("explain.stmt.allowPutObjects.why", ctx.ownerAlias(), ctx.writer().alias()),
                Message.of("explain.stmt.allowPutObjects.ifRemoved"),
                notes, ConditionExplainer.explainAll(ctx),
                LiteralNotes.withLink(notes, List.of(DocLinks.CROSS_ACCOUNT_EVALUATION)));
    }

    private static Explanation allowUseOfKey(StatementContext ctx) {
        Encryption encryption = ctx.design().bucket().encryption();
        Message note;
        if (encryption.manageKey()) {
            note = Message.of("explain.note.keyWildcard", new CodeList(ctx.statement().resources()), ctx.ownerAlias(),
                    new Code(ctx.design().region()), ctx.writer().alias(),
                    new Code(Sids.allowKeyUseFrom(ctx.writer().alias())), new Code(BucketKmsKey.alias(ctx.design())));
        } else if (encryption.kmsKeyArn().isEmpty()) {
            note = Message.of("explain.note.keyMissing", new CodeList(ctx.statement().resources()), ctx.ownerAlias());
        } else {
            note = Message.of("explain.note.keyArn", new Code(encryption.kmsKeyArn()));
        }
        return new Explanation(ctx.statement().sid(), ctx.file().fileName(),
                Message.of("explain.stmt.allowUseOfKey.what", new Code(ctx.roleArn()),
                        new CodeList(ctx.statement().actions()), new CodeList(ctx.statement().resources())),
                Message.of("explain.stmt.allowUseOfKey.why", ctx.ownerAlias()),
                Message.of("explain.stmt.allowUseOfKey.ifRemoved"),
                List.of(note), ConditionExplainer.explainAll(ctx),
                List.of(DocLinks.SSE_KMS, DocLinks.KMS_EXTERNAL_ACCOUNTS));
    }
}
