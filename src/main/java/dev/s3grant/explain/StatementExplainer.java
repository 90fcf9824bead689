package dev.s3grant.explain;

import dev.s3grant.model.Design;
import dev.s3grant.model.Writer;
import dev.s3grant.policy.PolicyFile;
import dev.s3grant.policy.Statement;
import java.util.List;

/** Explains every statement of a policy document, handing each to the explainer of its document kind. */
final class StatementExplainer {

    private StatementExplainer() {
    }

    static List<Explanation> explain(Design design, PolicyFile file, WriterIndex writers) {
        return file.document().statements().stream().map(s -> explain(design, file, s, writers)).toList();
    }

    static Explanation explain(Design design, PolicyFile file, Statement statement, WriterIndex writers) {
        StatementContext ctx = new StatementContext(design, file, statement, writerOf(file, statement, writers), writers);
        if (KeptStatementExplainer.isKept(ctx)) {
            return KeptStatementExplainer.explain(ctx);
        }
        return switch (file.kind()) {
            case TRUST_POLICY -> TrustStatementExplainer.explain(ctx);
            case ROLE_POLICY -> RoleStatementExplainer.explain(ctx);
            case BUCKET_POLICY -> BucketStatementExplainer.explain(ctx);
            case KEY_POLICY -> KeyStatementExplainer.explain(ctx);
        };
    }

    /**
     * The writer a statement concerns: the owner of a trust or role policy, or the writer whose
     * alias is in a bucket- or key-policy Sid; null for statements about all writers.
     */
    private static Writer writerOf(PolicyFile file, Statement statement, WriterIndex writers) {
        return switch (file.kind()) {
            case TRUST_POLICY, ROLE_POLICY -> writers.byAlias(file.ownerAlias());
            case BUCKET_POLICY -> writers.byBucketSid(statement.sid());
            case KEY_POLICY -> writers.byKeySid(statement.sid());
        };
    }
}
