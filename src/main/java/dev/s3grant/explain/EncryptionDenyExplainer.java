package dev.s3grant.explain;

import dev.s3grant.model.DocLinks;
import dev.s3grant.model.Message;
import dev.s3grant.policy.Sids;
import dev.s3grant.text.CodeList;
import java.util.List;

/**
 * Explains the bucket policy's denies under SSE-KMS: no put may name another KMS key than the
 * bucket's, nor ask for another encryption than SSE-KMS.
 */
final class EncryptionDenyExplainer {

    private EncryptionDenyExplainer() {
    }

    static Explanation explain(StatementContext ctx) {
        boolean otherKeys = ctx.statement().sid().equals(Sids.DENY_OTHER_KMS_KEYS);
        CodeList resources = new CodeList(ctx.statement().resources());
        Message what = otherKeys
                ? Message.of("explain.stmt.deny.otherKmsKeys.what", resources)
                : Message.of("explain.stmt.deny.otherEncryption.what", resources);
        Message why = otherKeys
                ? Message.of("explain.stmt.deny.otherKmsKeys.why", ctx.ownerAlias())
                : Message.of("explain.stmt.deny.otherEncryption.why", ctx.ownerAlias());
        Message ifRemoved = otherKeys
                ? Message.of("explain.stmt.deny.otherKmsKeys.ifRemoved", ctx.ownerAlias())
                : Message.of("explain.stmt.deny.otherEncryption.ifRemoved", ctx.ownerAlias());
        return new Explanation(ctx.statement().sid(), ctx.file().fileName(), what, why, ifRemoved,
                List.of(Message.of("explain.note.denyPrincipalStar"), Message.of("explain.note.denyOnlyWithHeader")),
                ConditionExplainer.explainAll(ctx),
                List.of(DocLinks.SSE_KMS, DocLinks.BUCKET_ENCRYPTION, DocLinks.CONDITION_OPERATORS));
    }
}
