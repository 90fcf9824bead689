package dev.s3grant.explain;

import dev.s3grant.model.Design;
import dev.s3grant.model.Writer;
import dev.s3grant.policy.Arns;
import dev.s3grant.policy.PolicyFile;
import dev.s3grant.policy.Statement;

/**
 * One statement with what is needed to explain it: the design, the file it is in, and the writer
 * it concerns (null for statements about no single writer, such as the TLS deny), and the design's
 * writers indexed once for the whole explanation.
 */
record StatementContext(Design design, PolicyFile file, Statement statement, Writer writer, WriterIndex writers) {

    String roleArn() {
        return Arns.role(design, writer);
    }

    String ownerAlias() {
        return design.bucketOwner().alias();
    }

    String ownerAccount() {
        return design.bucketOwner().accountId();
    }
}
