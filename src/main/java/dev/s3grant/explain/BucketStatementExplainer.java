package dev.s3grant.explain;

import dev.s3grant.model.Design;
import dev.s3grant.model.DocLinks;
import dev.s3grant.model.Message;
import dev.s3grant.model.ObjectOwnership;
import dev.s3grant.model.PrincipalStyle;
import dev.s3grant.policy.DocumentKind;
import dev.s3grant.policy.Sids;
import dev.s3grant.policy.WriterActions;
import dev.s3grant.text.Code;
import dev.s3grant.text.CodeList;
import java.util.ArrayList;
import java.util.List;

/** Explains the bucket policy's statements: the per-writer allows and the TLS deny. */
final class BucketStatementExplainer {

    private BucketStatementExplainer() {
    }

    static Explanation explain(StatementContext ctx) {
        String sid = ctx.statement().sid();
        if (sid.equals(Sids.DENY_INSECURE_TRANSPORT)) {
            return denyInsecureTransport(ctx);
        }
        if (sid.equals(Sids.DENY_OTHER_KMS_KEYS) || sid.equals(Sids.DENY_OTHER_ENCRYPTION)) {
            return EncryptionDenyExplainer.explain(ctx);
        }
        var group = SharedRoleStatements.groupOf(ctx);
        if (group.isPresent()) {
            return SharedRoleStatements.explain(ctx, group.get());
        }
        if (ctx.writer() != null && sid.equals(Sids.allowPutFrom(ctx.writer().alias()))) {
            return WriterActions.aclRequired(ctx.design()) ? allowPutWithAcl(ctx) : allowPut(ctx);
        }
        if (ctx.writer() != null && sid.equals(Sids.allowUploadCleanupFrom(ctx.writer().alias()))) {
            return allowUploadCleanup(ctx);
        }
        if (ServiceActionsExplainer.isBucketStatement(ctx)) {
            return ServiceActionsExplainer.bucketActions(ctx, null);
        }
        if (ServiceActionsExplainer.isObjectStatement(ctx)) {
            return ServiceActionsExplainer.objectActions(ctx, null);
        }
        throw new IllegalArgumentException("no explanation for bucket policy statement " + sid);
    }

    private static Explanation allowPut(StatementContext ctx) {
        List<Message> notes = new ArrayList<>();
        notes.add(resourceNote(ctx.design()));
        LiteralNotes.addPrefixNote(ctx.design(), notes);
        notes.add(ctx.design().bucket().ownershipControlsSet()
                ? Message.of("explain.note.noAcl", ctx.ownerAlias())
                : Message.of("explain.note.noAcl.ownershipNotSet", ctx.ownerAlias(), new Code(ctx.design().bucket().name())));
        notes.add(Message.of("explain.note.multipart"));
        notes.addAll(upkeepNotes(ctx));
        notes.add(ServiceActionsExplainer.listNote(ctx));
        addPrincipalStyleNote(ctx, notes);
        Message why = sameAccount(ctx)
                ? Message.of("explain.stmt.allowPut.why.sameAccount", ctx.ownerAlias(), ctx.writer().alias())
                : Message.of("explain.stmt.allowPut.why", ctx.ownerAlias(), ctx.writer().alias());
        return writerPut(ctx, "explain.stmt.allowPut.what", why, notes,
                DocLinks.OBJECT_OWNERSHIP_ERRORS, DocLinks.MULTIPART_UPLOAD);
    }

    private static Explanation allowPutWithAcl(StatementContext ctx) {
        List<Message> notes = new ArrayList<>();
        notes.add(resourceNote(ctx.design()));
        LiteralNotes.addPrefixNote(ctx.design(), notes);
        notes.add(Message.of("explain.note.acl", new Code(ctx.design().bucket().objectOwnership().name())));
        notes.add(Message.of("explain.note.aclMultipart"));
        List<String> upkeep = WriterActions.upkeepActions(ctx.writer());
        if (!upkeep.isEmpty()) {
            notes.add(Message.of("explain.note.cleanupSeparate", new CodeList(upkeep),
                    new Code(Sids.allowUploadCleanupFrom(ctx.writer().alias()))));
        }
        if (!ctx.writer().allowAbortMultipartUpload()) {
            notes.add(Message.of("explain.note.abort.notGranted"));
        }
        notes.add(ServiceActionsExplainer.listNote(ctx));
        addPrincipalStyleNote(ctx, notes);
        ObjectOwnership ownership = ctx.design().bucket().objectOwnership();
        String why;
        if (!ctx.design().bucket().ownershipControlsSet()) {
            why = "explain.stmt.allowPutAcl.why.ownershipNotSet";
        } else {
            why = ownership == ObjectOwnership.ObjectWriter
                    ? "explain.stmt.allowPutAcl.why.objectWriter" : "explain.stmt.allowPutAcl.why.preferred";
        }
        return writerPut(ctx, "explain.stmt.allowPutAcl.what",
                Message.of(why, ctx.ownerAlias(), ctx.writer().alias(), new Code(ownership.name())), notes,
                DocLinks.ENSURE_OBJECT_OWNERSHIP, DocLinks.OBJECT_OWNERSHIP);
    }

    /**
     * The explanation of a writer's put statement, with or without the ACL: what it allows (the
     * role, the actions and the resources), why, what removing it breaks, and its links after the
     * cross-account evaluation page.
     */
    private static Explanation writerPut(StatementContext ctx, String whatKey, Message why, List<Message> notes,
                                         String... links) {
        List<String> urls = new ArrayList<>(List.of(DocLinks.CROSS_ACCOUNT_EVALUATION));
        urls.addAll(List.of(links));
        return new Explanation(ctx.statement().sid(), ctx.file().fileName(),
                Message.of(whatKey, new Code(ctx.roleArn()), ctx.writer().alias(),
                        new CodeList(ctx.statement().actions()), new CodeList(ctx.statement().resources())),
                why, ifRemoved(ctx), notes, ConditionExplainer.explainAll(ctx),
                LiteralNotes.withLink(notes, urls(ctx, urls.toArray(String[]::new))));
    }

    private static Explanation allowUploadCleanup(StatementContext ctx) {
        List<Message> notes = new ArrayList<>();
        if (ctx.writer().allowAbortMultipartUpload()) {
            notes.add(Message.of("explain.note.abort.granted"));
        }
        if (ctx.writer().allowPutObjectTagging()) {
            notes.add(Message.of("explain.note.tagging"));
        }
        addPrincipalStyleNote(ctx, notes);
        return new Explanation(ctx.statement().sid(), ctx.file().fileName(),
                Message.of("explain.stmt.cleanup.what", new Code(ctx.roleArn()), ctx.writer().alias(),
                        new CodeList(ctx.statement().actions()), new CodeList(ctx.statement().resources())),
                Message.of("explain.stmt.cleanup.why", new Code(Sids.allowPutFrom(ctx.writer().alias()))),
                Message.of("explain.stmt.cleanup.ifRemoved", new Code(ctx.roleArn()),
                        new CodeList(ctx.statement().actions())),
                notes, ConditionExplainer.explainAll(ctx),
                LiteralNotes.withLink(notes, urls(ctx, DocLinks.ENSURE_OBJECT_OWNERSHIP, DocLinks.MULTIPART_UPLOAD)));
    }

    private static Explanation denyInsecureTransport(StatementContext ctx) {
        return new Explanation(ctx.statement().sid(), ctx.file().fileName(),
                Message.of("explain.stmt.denyInsecure.what", new CodeList(ctx.statement().resources())),
                Message.of("explain.stmt.denyInsecure.why"),
                Message.of("explain.stmt.denyInsecure.ifRemoved"),
                List.of(Message.of("explain.note.denyPrincipalStar"), Message.of("explain.note.denyWritersUseTls")),
                ConditionExplainer.explainAll(ctx),
                List.of(DocLinks.S3_SECURITY, DocLinks.BLOCK_PUBLIC_ACCESS));
    }

    /** A writer in the bucket owner's own account: one account, so its identity-based policy alone allows. */
    private static boolean sameAccount(StatementContext ctx) {
        return ctx.writer().accountId().equals(ctx.design().bucketOwner().accountId());
    }

    private static Message ifRemoved(StatementContext ctx) {
        return sameAccount(ctx)
                ? Message.of("explain.stmt.allowPut.ifRemoved.sameAccount", ctx.writer().alias())
                : Message.of("explain.stmt.allowPut.ifRemoved", ctx.writer().alias());
    }

    private static Message resourceNote(Design design) {
        List<String> prefixes = design.bucket().keyPrefixes();
        if (prefixes.isEmpty()) {
            return Message.of("explain.note.wholeBucket", new Code(design.bucket().name()));
        }
        return Message.of("explain.note.prefixes", new CodeList(prefixes), new Code(design.bucket().name()));
    }

    /** What the abort and tagging choices mean for this writer. */
    private static List<Message> upkeepNotes(StatementContext ctx) {
        List<Message> notes = new ArrayList<>();
        notes.add(Message.of(ctx.writer().allowAbortMultipartUpload()
                ? "explain.note.abort.granted" : "explain.note.abort.notGranted"));
        if (ctx.writer().allowPutObjectTagging()) {
            notes.add(Message.of("explain.note.tagging"));
        }
        return notes;
    }

    /**
     * With role-ARN principals, the note on apply order and recreated roles, naming the service that
     * checks the principal when the policy is saved: S3 for the bucket policy, KMS for the key policy;
     * with the condition style, the note on a role path whose {@code *}, {@code ?} or {@code $} is escaped.
     */
    static void addPrincipalStyleNote(StatementContext ctx, List<Message> notes) {
        if (ctx.design().options().principalStyle() == PrincipalStyle.ROLE_ARN) {
            String key = ctx.file().kind() == DocumentKind.KEY_POLICY
                    ? "explain.note.roleArnPrincipal.key" : "explain.note.roleArnPrincipal";
            notes.add(Message.of(key, new Code(ctx.roleArn()), ctx.writer().alias()));
        }
        LiteralNotes.addRolePathNote(ctx, notes);
    }

    private static List<String> urls(StatementContext ctx, String... urls) {
        List<String> all = new ArrayList<>(List.of(urls));
        if (ctx.design().options().principalStyle() == PrincipalStyle.ROLE_ARN) {
            all.add(DocLinks.PRINCIPAL);
        }
        return all;
    }
}
