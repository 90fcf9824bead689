package dev.s3grant.explain;

import dev.s3grant.model.DocLinks;
import dev.s3grant.model.Message;
import dev.s3grant.policy.DocumentKind;
import dev.s3grant.policy.ExistingMerge;
import dev.s3grant.policy.MergedPolicy;
import dev.s3grant.policy.Statement;
import dev.s3grant.text.CodeList;
import java.util.List;

/**
 * Explains, briefly, a statement kept from the existing bucket or key policy: it is not the
 * designer's, so the explanation says where it comes from and what it names, not why it is there
 * (docs/decisions/0029-merge-into-existing-policies.md).
 */
final class KeptStatementExplainer {

    private KeptStatementExplainer() {
    }

    /** True when the statement came from the existing policy the design names. */
    static boolean isKept(StatementContext ctx) {
        MergedPolicy merged;
        if (ctx.file().kind() == DocumentKind.BUCKET_POLICY && ctx.design().existing().hasBucketPolicy()) {
            merged = ExistingMerge.bucket(ctx.design());
        } else if (ctx.file().kind() == DocumentKind.KEY_POLICY && ExistingMerge.mergesKeyPolicy(ctx.design())) {
            merged = ExistingMerge.key(ctx.design());
        } else {
            return false;
        }
        return merged.isKept(ctx.statement());
    }

    static Explanation explain(StatementContext ctx) {
        Statement s = ctx.statement();
        boolean bucket = ctx.file().kind() == DocumentKind.BUCKET_POLICY;
        List<String> actions = s.actions().isEmpty() ? s.notActions() : s.actions();
        return new Explanation(subject(ctx), ctx.file().fileName(),
                Message.of(s.actions().isEmpty() ? "explain.stmt.kept.what.notAction" : "explain.stmt.kept.what",
                        s.effect().name(), new CodeList(actions)),
                Message.of("explain.stmt.kept.why", bucket ? 0 : 1),
                Message.of("explain.stmt.kept.ifRemoved", bucket ? 0 : 1),
                List.of(), List.of(),
                List.of(bucket ? DocLinks.PUT_BUCKET_POLICY : DocLinks.KMS_PUT_KEY_POLICY));
    }

    /** The Sid, or {@code [N]} (its 1-based position) when it has none, as the access check names it. */
    private static String subject(StatementContext ctx) {
        String sid = ctx.statement().sid();
        return sid.isEmpty() ? "[" + (ctx.file().document().statements().indexOf(ctx.statement()) + 1) + "]" : sid;
    }
}
