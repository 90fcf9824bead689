package dev.s3grant.explain;

import dev.s3grant.model.DocLinks;
import dev.s3grant.model.Message;
import dev.s3grant.model.PrincipalStyle;
import dev.s3grant.policy.DocumentKind;
import dev.s3grant.policy.SharedRoleGroup;
import dev.s3grant.policy.Sids;
import dev.s3grant.policy.WriterActions;
import dev.s3grant.text.Code;
import dev.s3grant.text.CodeList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Explains the statements of the shared-role style (docs/decisions/0043-shared-role-principal-style.md): one
 * statement for every writer that shares a role, named by {@code ArnLike aws:PrincipalArn} in any account and the
 * list of their accounts, with what it grants beyond the designed writers said in words.
 */
final class SharedRoleStatements {

    private SharedRoleStatements() {
    }

    /** The group whose put, upload-cleanup or key-use statement this is; empty for any other statement. */
    static Optional<SharedRoleGroup> groupOf(StatementContext ctx) {
        if (ctx.design().options().principalStyle() != PrincipalStyle.SHARED_ROLE) {
            return Optional.empty();
        }
        String sid = ctx.statement().sid();
        return SharedRoleGroup.of(ctx.design()).stream()
                .filter(g -> sid.equals(Sids.allowPutFromGroup(g)) || sid.equals(Sids.allowUploadCleanupFromGroup(g))
                        || sid.equals(Sids.allowKeyUseFromGroup(g)))
                .findFirst();
    }

    static Explanation explain(StatementContext ctx, SharedRoleGroup group) {
        String sid = ctx.statement().sid();
        Code role = new Code(group.rolePath() + group.roleName());
        int count = group.accounts().size();
        // By OU (decision 0052) the statement names the OU instead of the accounts: {1} is the OU path.
        boolean byOu = ctx.design().options().writersByOrgPath();
        Object scope = byOu ? new Code(ctx.design().options().writerOrgPath()) : count;
        List<Message> notes = new ArrayList<>();
        if (byOu) {
            notes.add(Message.of("explain.note.sharedRoleOu.beyond", role, scope, count));
            notes.add(Message.of("explain.note.sharedRoleOu.nonPublic"));
            notes.add(Message.of("explain.note.sharedRoleOu.addWriter", scope));
        } else {
            notes.add(Message.of("explain.note.sharedRole.beyond", role, count, new CodeList(group.accounts())));
            notes.add(Message.of("explain.note.sharedRole.nonPublic"));
            notes.add(Message.of(ctx.file().kind() == DocumentKind.KEY_POLICY
                    ? "explain.note.sharedRole.addWriter.key" : "explain.note.sharedRole.addWriter"));
        }
        List<String> links = new ArrayList<>(List.of(DocLinks.CROSS_ACCOUNT_EVALUATION, DocLinks.CONDITION_KEYS,
                DocLinks.BLOCK_PUBLIC_ACCESS));
        if (byOu) {
            links.add(DocLinks.ORG_ENTITY_PATH);
        }
        String whatKey;
        if (sid.equals(Sids.allowKeyUseFromGroup(group))) {
            whatKey = byOu ? "explain.stmt.sharedRoleOu.keyUse.what" : "explain.stmt.sharedRole.keyUse.what";
            links.add(DocLinks.KMS_EXTERNAL_ACCOUNTS);
        } else if (sid.equals(Sids.allowUploadCleanupFromGroup(group))) {
            whatKey = byOu ? "explain.stmt.sharedRoleOu.cleanup.what" : "explain.stmt.sharedRole.cleanup.what";
        } else {
            whatKey = WriterActions.aclRequired(ctx.design())
                    ? (byOu ? "explain.stmt.sharedRoleOu.putAcl.what" : "explain.stmt.sharedRole.putAcl.what")
                    : (byOu ? "explain.stmt.sharedRoleOu.put.what" : "explain.stmt.sharedRole.put.what");
            notes.add(Message.of("explain.note.multipart"));
        }
        return new Explanation(sid, ctx.file().fileName(),
                Message.of(whatKey, role, scope,
                        new CodeList(ctx.statement().actions()), new CodeList(ctx.statement().resources())),
                Message.of(byOu ? "explain.stmt.sharedRoleOu.why" : "explain.stmt.sharedRole.why", ctx.ownerAlias()),
                Message.of("explain.stmt.sharedRole.ifRemoved", role),
                notes, ConditionExplainer.explainAll(ctx), links);
    }
}
