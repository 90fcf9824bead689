package dev.s3grant.explain;

import dev.s3grant.policy.ExistingMerge;
import dev.s3grant.model.DocLinks;
import dev.s3grant.model.Message;
import dev.s3grant.policy.Sids;
import dev.s3grant.text.Code;
import dev.s3grant.text.CodeList;
import java.util.ArrayList;
import java.util.List;

/** Explains the KMS key policy under SSE-KMS: the owner account's administration and each writer's key use. */
final class KeyStatementExplainer {

    private KeyStatementExplainer() {
    }

    static Explanation explain(StatementContext ctx) {
        String sid = ctx.statement().sid();
        if (sid.equals(Sids.ENABLE_KEY_ADMINISTRATION)) {
            return new Explanation(sid, ctx.file().fileName(),
                    Message.of("explain.stmt.keyAdmin.what", ctx.ownerAlias(), new Code(ctx.ownerAccount())),
                    Message.of("explain.stmt.keyAdmin.why", ctx.ownerAlias()),
                    Message.of("explain.stmt.keyAdmin.ifRemoved", ctx.ownerAlias()),
                    List.of(Message.of("explain.note.keyResourceStar")),
                    ConditionExplainer.explainAll(ctx),
                    List.of(DocLinks.KMS_EXTERNAL_ACCOUNTS));
        }
        var group = SharedRoleStatements.groupOf(ctx);
        if (group.isPresent()) {
            return SharedRoleStatements.explain(ctx, group.get());
        }
        if (ctx.writer() != null && sid.equals(Sids.allowKeyUseFrom(ctx.writer().alias()))) {
            List<Message> notes = new ArrayList<>();
            notes.add(Message.of("explain.note.keyResourceStar"));
            String keyArn = ctx.design().bucket().encryption().kmsKeyArn();
            if (!ctx.design().bucket().encryption().manageKey() && !keyArn.isEmpty()
                    && !ExistingMerge.mergesKeyPolicy(ctx.design())) {
                notes.add(Message.of("explain.note.addToExistingKey", new Code(keyArn)));
            }
            BucketStatementExplainer.addPrincipalStyleNote(ctx, notes);
            return new Explanation(sid, ctx.file().fileName(),
                    Message.of("explain.stmt.keyUse.what", new Code(ctx.roleArn()), ctx.writer().alias(),
                            new CodeList(ctx.statement().actions())),
                    Message.of("explain.stmt.keyUse.why", ctx.ownerAlias(), ctx.writer().alias(),
                            new Code(Sids.ALLOW_USE_OF_KEY)),
                    Message.of("explain.stmt.keyUse.ifRemoved", ctx.writer().alias()),
                    notes, ConditionExplainer.explainAll(ctx),
                    LiteralNotes.withLink(notes, List.of(DocLinks.KMS_EXTERNAL_ACCOUNTS, DocLinks.SSE_KMS)));
        }
        throw new IllegalArgumentException("no explanation for key policy statement " + sid);
    }
}
