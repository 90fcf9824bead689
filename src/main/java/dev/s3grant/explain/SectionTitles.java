package dev.s3grant.explain;

import dev.s3grant.policy.ExistingMerge;
import dev.s3grant.model.Design;
import dev.s3grant.model.Message;
import dev.s3grant.model.Writer;
import dev.s3grant.policy.Arns;
import dev.s3grant.policy.PolicyFile;
import dev.s3grant.terraform.TerraformNames;
import dev.s3grant.text.Code;

/** The title and summary of each section: what the file is, who applies it, and how. */
final class SectionTitles {

    private SectionTitles() {
    }

    static DocumentSection policySection(Design design, PolicyFile file, WriterIndex writers) {
        Writer w = writers.byAlias(file.ownerAlias());
        String owner = design.bucketOwner().alias();
        Code ownerAccount = new Code(design.bucketOwner().accountId());
        Message title;
        Message summary;
        switch (file.kind()) {
            case TRUST_POLICY -> {
                title = Message.of("explain.doc.trust.title", new Code(Arns.role(design, w)), w.alias(), new Code(w.accountId()));
                summary = Message.of("explain.doc.trust.summary", w.alias(),
                        new Code(writers.roleAddress(w)));
            }
            case ROLE_POLICY -> {
                title = Message.of("explain.doc.role.title", new Code(Arns.role(design, w)), w.alias(), new Code(w.accountId()));
                summary = Message.of("explain.doc.role.summary", w.alias(),
                        new Code(writers.rolePolicyAddress(w)));
            }
            case BUCKET_POLICY -> {
                title = Message.of("explain.doc.bucket.title", new Code(design.bucket().name()), owner, ownerAccount);
                summary = design.bucket().manage()
                        ? Message.of("explain.doc.bucket.summary.managed", owner, new Code(TerraformNames.BUCKET_POLICY_ADDRESS))
                        : Message.of(design.existing().hasBucketPolicy() ? "explain.doc.bucket.summary.merged"
                                : "explain.doc.bucket.summary.existing", new Code(design.bucket().name()),
                                new Code(TerraformNames.BUCKET_POLICY_ADDRESS));
            }
            case KEY_POLICY -> {
                if (design.bucket().encryption().manageKey()) {
                    title = Message.of("explain.doc.key.title.managed", new Code(TerraformNames.keyAlias(design)),
                            owner, ownerAccount);
                    summary = TerraformNames.managesKey(design)
                            ? Message.of("explain.doc.key.summary.managed", owner, new Code(TerraformNames.KMS_KEY_ADDRESS))
                            : Message.of("explain.doc.key.summary.notCreated", owner);
                } else {
                    Object key = NotSet.codeOrNotSet(design.bucket().encryption().kmsKeyArn());
                    title = Message.of("explain.doc.key.title.existing", key, owner, ownerAccount);
                    summary = Message.of(ExistingMerge.mergesKeyPolicy(design) ? "explain.doc.key.summary.merged"
                            : "explain.doc.key.summary.existing", key);
                }
            }
            default -> throw new IllegalArgumentException("unknown document kind " + file.kind());
        }
        return new DocumentSection(file.fileName(), title, summary, file.text(), StatementExplainer.explain(design, file, writers));
    }

    static Message terraformTitle(Design design, AccountFile file) {
        if (file.shared()) {
            return Message.of("explain.doc.tf.sharedWriter.title", design.writers().size());
        }
        if (file.writer() != null) {
            return Message.of("explain.doc.tf.writer.title", file.writer().alias(), new Code(file.writer().accountId()));
        }
        return Message.of("explain.doc.tf.owner.title", design.bucketOwner().alias(),
                new Code(design.bucketOwner().accountId()));
    }

    static Message terraformSummary(Design design, AccountFile file) {
        if (file.shared()) {
            return Message.of("explain.doc.tf.sharedWriter.summary", new Code(file.writer().roleName()),
                    new Code("terraform apply -var-file=" + TerraformNames.ACCOUNT_VALUES_FOLDER + "/<alias>.tfvars"),
                    new Code(TerraformNames.SHARED_WRITER_FOLDER + "/"));
        }
        if (file.writer() != null) {
            return Message.of("explain.doc.tf.writer.summary", file.writer().alias(), new Code(file.writer().roleName()));
        }
        if (design.bucket().manage()) {
            return Message.of("explain.doc.tf.owner.summary.managed", new Code(design.bucket().name()),
                    design.bucketOwner().alias());
        }
        return Message.of(design.bucket().manageOwnershipControls()
                        ? "explain.doc.tf.owner.summary.existingOwnership" : "explain.doc.tf.owner.summary.existing",
                new Code(design.bucket().name()), design.bucketOwner().alias());
    }
}
