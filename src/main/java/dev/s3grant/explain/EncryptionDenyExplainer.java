package dev.s3grant.explain;

import dev.s3grant.model.Message;
import dev.s3grant.policy.Sids;
import java.util.List;

/**
 * Explains the bucket policy's denies under SSE-KMS: no put may name another KMS key than the
 * bucket's, nor ask for another encryption than SSE-KMS.
 */
final class EncryptionDenyExplainer {

    private EncryptionDenyExplainer() {
    }

    static Explanation explain(StatementContext ctx) {
        String sid = ctx.statement().sid();
        String topic = sid.equals(Sids.DENY_OTHER_KMS_KEYS) ? "otherKmsKeys" : "otherEncryption";
        CodeList resources = new CodeList(ctx.statement().resources());
        return new Explanation(sid, ctx.file().fileName(),
                Message.of("explain.stmt.deny." + topic + ".what", resources),
                Message.of("explain.stmt.deny." + topic + ".why", ctx.ownerAlias()),
                Message.of("explain.stmt.deny." + topic + ".ifRemoved", ctx.ownerAlias()),
                List.of(Message.of("explain.note.denyPrincipalStar"), Message.of("explain.note.denyOnlyWithHeader")),
                ConditionExplainer.explainAll(ctx),
                List.of(DocLinks.SSE_KMS, DocLinks.BUCKET_ENCRYPTION));
    }
}
