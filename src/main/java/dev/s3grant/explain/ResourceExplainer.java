package dev.s3grant.explain;

import dev.s3grant.document.BlockRole;
import dev.s3grant.document.FileElement;
import dev.s3grant.model.Design;
import dev.s3grant.model.DocLinks;
import dev.s3grant.model.Encryption;
import dev.s3grant.model.Message;
import dev.s3grant.model.PrincipalStyle;
import dev.s3grant.model.ServiceCatalog;
import dev.s3grant.model.Writer;
import dev.s3grant.policy.Arns;
import dev.s3grant.policy.GeneratedPolicies;
import dev.s3grant.policy.PolicyFile;
import dev.s3grant.policy.Sids;
import dev.s3grant.terraform.TerraformNames;
import dev.s3grant.text.Code;
import dev.s3grant.text.CodeList;
import java.util.ArrayList;
import java.util.List;

/** Explains each Terraform resource and data source of a design's files. */
final class ResourceExplainer {

    private ResourceExplainer() {
    }

    static List<Explanation> explain(Design design, GeneratedPolicies policies, AccountFile file, List<AccountFile> files,
                                     WriterIndex writers) {
        return file.blocks().stream().map(e -> explain(design, policies, file, files, e, writers)).toList();
    }

    static Explanation explain(Design design, GeneratedPolicies policies, AccountFile file, List<AccountFile> files,
                               FileElement e, WriterIndex writers) {
        String bucket = design.bucket().name();
        String owner = design.bucketOwner().alias();
        Writer w = file.writer();
        return switch (e.role().orElseThrow()) {
            case REGION_CHECK -> new Explanation(e.id(), file.name(),
                    Message.of("explain.tf.regionCheck.what", w == null ? owner : file.shared() ? new Code(w.accountId()) : w.alias(),
                            new Code(design.region())),
                    Message.of("explain.tf.regionCheck.why", new Code(design.region())),
                    Message.of("explain.tf.regionCheck.ifRemoved", new Code(design.region())),
                    List.of(), List.of(), List.of(DocLinks.SSE_KMS, DocLinks.CONFUSED_DEPUTY));
            case WRITER_TRUST_DOCUMENT -> document(file, e, writers.policies(w).trustPolicy(),
                    writers.roleAddress(w));
            case WRITER_ROLE -> role(design, file, e, writers);
            case WRITER_ROLE_DOCUMENT -> document(file, e, writers.policies(w).rolePolicy(),
                    writers.rolePolicyAddress(w));
            case WRITER_ROLE_POLICY -> new Explanation(e.id(), file.name(),
                    Message.of("explain.tf.rolePolicy.what", new Code(writers.policies(w).rolePolicy().fileName()),
                            new Code(w.roleName())),
                    Message.of("explain.tf.rolePolicy.why", owner),
                    Message.of("explain.tf.rolePolicy.ifRemoved"),
                    List.of(size("explain.note.inlinePolicy", writers.policies(w).rolePolicy())),
                    List.of(), List.of(DocLinks.CROSS_ACCOUNT_EVALUATION, DocLinks.IAM_QUOTAS));
            case WRITER_INSTANCE_PROFILE -> new Explanation(e.id(), file.name(),
                    Message.of("explain.tf.instanceProfile.what", new Code(e.id()), w.alias(),
                            new Code(Arns.role(design, w))),
                    Message.of("explain.tf.instanceProfile.why"),
                    Message.of("explain.tf.instanceProfile.ifRemoved"),
                    List.of(Message.of("explain.note.ec2InstanceProfile", new Code(e.id()),
                            new Code("iam_instance_profile = " + e.id() + ".name"))),
                    List.of(), List.of(DocLinks.EC2_INSTANCE_PROFILES));
            case BUCKET -> new Explanation(e.id(), file.name(),
                    Message.of("explain.tf.bucket.what", new Code(bucket), new Code(design.region()), owner),
                    Message.of("explain.tf.bucket.why"),
                    Message.of("explain.tf.bucket.ifRemoved"),
                    List.of(), List.of(), List.of(DocLinks.S3_SECURITY));
            case OWNERSHIP_CONTROLS -> ownershipControls(design, file, e);
            case PUBLIC_ACCESS_BLOCK -> new Explanation(e.id(), file.name(),
                    Message.of("explain.tf.publicAccessBlock.what", new Code(bucket)),
                    Message.of("explain.tf.publicAccessBlock.why"),
                    Message.of("explain.tf.publicAccessBlock.ifRemoved", owner),
                    List.of(), List.of(), List.of(DocLinks.BLOCK_PUBLIC_ACCESS));
            case KEY_POLICY_DOCUMENT -> document(file, e, policies.keyPolicy().orElseThrow(), TerraformNames.KMS_KEY_ADDRESS);
            case KMS_KEY -> new Explanation(e.id(), file.name(),
                    Message.of("explain.tf.kmsKey.what", owner, new Code(policies.keyPolicy().orElseThrow().fileName())),
                    Message.of("explain.tf.kmsKey.why"),
                    Message.of("explain.tf.kmsKey.ifRemoved"),
                    List.of(), List.of(), List.of(DocLinks.SSE_KMS, DocLinks.KMS_EXTERNAL_ACCOUNTS));
            case KMS_ALIAS -> new Explanation(e.id(), file.name(),
                    Message.of("explain.tf.kmsAlias.what", new Code(TerraformNames.keyAlias(design))),
                    Message.of("explain.tf.kmsAlias.why"),
                    Message.of("explain.tf.kmsAlias.ifRemoved"),
                    List.of(), List.of(), List.of(DocLinks.SSE_KMS));
            case ENCRYPTION -> encryption(design, file, e);
            case BUCKET_POLICY_DOCUMENT -> document(file, e, policies.bucketPolicy(), TerraformNames.BUCKET_POLICY_ADDRESS);
            case BUCKET_POLICY -> bucketPolicy(design, policies, file, files, e);
        };
    }

    private static Explanation role(Design design, AccountFile file, FileElement e, WriterIndex writers) {
        Writer w = file.writer();
        List<Message> notes = new ArrayList<>();
        notes.add(size("explain.note.trustSize", writers.policies(w).trustPolicy()));
        notes.add(Message.of("explain.note.tfNoDeprecatedArguments"));
        if (w.principals().trustedServices().contains(ServiceCatalog.ECS_TASKS)) {
            notes.add(TrustStatementExplainer.ecsTaskRole(design, w, writers));
        }
        return new Explanation(e.id(), file.name(),
                Message.of("explain.tf.role.what", new Code(Arns.role(design, w)), w.alias(),
                        new Code(writers.policies(w).trustPolicy().fileName())),
                Message.of("explain.tf.role.why"),
                Message.of("explain.tf.role.ifRemoved"),
                notes, List.of(), List.of(DocLinks.PRINCIPAL, DocLinks.IAM_QUOTAS));
    }

    private static Explanation ownershipControls(Design design, AccountFile file, FileElement e) {
        String why = switch (design.bucket().objectOwnership()) {
            case BucketOwnerEnforced -> "explain.tf.ownership.why.enforced";
            case BucketOwnerPreferred -> "explain.tf.ownership.why.preferred";
            case ObjectWriter -> "explain.tf.ownership.why.objectWriter";
        };
        String owner = design.bucketOwner().alias();
        List<Message> notes = design.bucket().manage()
                ? List.of()
                : List.of(Message.of("explain.note.tfOwnershipOfExistingBucket", new Code(design.bucket().name()),
                        new Code(design.bucket().objectOwnership().name())));
        return new Explanation(e.id(), file.name(),
                Message.of("explain.tf.ownership.what", new Code(design.bucket().name()),
                        new Code(design.bucket().objectOwnership().name())),
                Message.of(why, owner),
                Message.of("explain.tf.ownership.ifRemoved", owner),
                notes, List.of(), List.of(DocLinks.OBJECT_OWNERSHIP, DocLinks.OBJECT_OWNERSHIP_ERRORS));
    }

    private static Explanation encryption(Design design, AccountFile file, FileElement e) {
        Encryption encryption = design.bucket().encryption();
        Code bucket = new Code(design.bucket().name());
        List<Message> notes = new ArrayList<>();
        notes.add(encryption.isKms()
                ? Message.of("explain.note.encryptionDenies", new Code(Sids.DENY_OTHER_KMS_KEYS), new Code(Sids.DENY_OTHER_ENCRYPTION))
                : Message.of("explain.note.noEncryptionDeny"));
        if (!encryption.isKms()) {
            return new Explanation(e.id(), file.name(),
                    Message.of("explain.tf.encryption.what.sseS3", bucket),
                    Message.of("explain.tf.encryption.why.sseS3"),
                    Message.of("explain.tf.encryption.ifRemoved.sseS3"),
                    notes, List.of(), List.of(DocLinks.BUCKET_ENCRYPTION));
        }
        Message what = encryption.manageKey()
                ? Message.of("explain.tf.encryption.what.kmsManaged", bucket, new Code(TerraformNames.KMS_KEY_ADDRESS))
                : Message.of("explain.tf.encryption.what.kmsExisting", bucket, NotSet.codeOrNotSet(encryption.kmsKeyArn()));
        notes.add(encryption.bucketKey()
                ? Message.of("explain.note.bucketKey.on", new Code(Arns.bucket(design)))
                : Message.of("explain.note.bucketKey.off"));
        return new Explanation(e.id(), file.name(), what,
                Message.of("explain.tf.encryption.why.kms", design.bucketOwner().alias()),
                Message.of("explain.tf.encryption.ifRemoved.kms"),
                notes, List.of(), List.of(DocLinks.BUCKET_ENCRYPTION, DocLinks.SSE_KMS));
    }

    private static Explanation bucketPolicy(Design design, GeneratedPolicies policies, AccountFile file,
                                            List<AccountFile> files, FileElement e) {
        List<Message> notes = new ArrayList<>();
        if (design.bucket().manage()) {
            List<String> dependsOn = file.blocks().stream()
                    .filter(x -> x.role().orElseThrow() == BlockRole.OWNERSHIP_CONTROLS
                            || x.role().orElseThrow() == BlockRole.PUBLIC_ACCESS_BLOCK)
                    .map(FileElement::id).toList();
            notes.add(Message.of("explain.note.tfOnePolicy", new CodeList(dependsOn)));
        } else {
            notes.add(Message.of(design.existing().hasBucketPolicy() ? "explain.note.tfMergesExisting"
                            : "explain.note.tfReplacesExisting", new Code(design.bucket().name()),
                    new Code(policies.bucketPolicy().fileName())));
            if (design.bucket().manageOwnershipControls()) {
                notes.add(Message.of("explain.note.tfDependsOnOwnership", new Code(TerraformNames.OWNERSHIP_CONTROLS_ADDRESS)));
            }
        }
        if (design.options().principalStyle() == PrincipalStyle.ROLE_ARN) {
            notes.add(Message.of("explain.note.tfApplyWritersFirst",
                    new CodeList(AccountFile.writerFiles(files))));
        }
        notes.add(size("explain.note.bucketPolicySize", policies.bucketPolicy()));
        return new Explanation(e.id(), file.name(),
                Message.of("explain.tf.bucketPolicy.what", new Code(policies.bucketPolicy().fileName()),
                        new Code(design.bucket().name())),
                Message.of("explain.tf.bucketPolicy.why"),
                Message.of("explain.tf.bucketPolicy.ifRemoved"),
                notes, List.of(), List.of(DocLinks.CROSS_ACCOUNT_EVALUATION, DocLinks.BLOCK_PUBLIC_ACCESS,
                        DocLinks.IAM_QUOTAS));
    }

    /** A {@code data "aws_iam_policy_document"} that renders {@code policy} for {@code consumer}. */
    private static Explanation document(AccountFile file, FileElement e, PolicyFile policy, String consumer) {
        return new Explanation(e.id(), file.name(),
                Message.of("explain.tf.document.what", new Code(policy.fileName()), new Code(consumer)),
                Message.of("explain.tf.document.why", new Code(policy.fileName())),
                Message.of("explain.tf.document.ifRemoved", new Code(consumer)),
                List.of(), List.of(), List.of(DocLinks.CONDITION_KEYS, DocLinks.PRINCIPAL));
    }

    private static Message size(String key, PolicyFile policy) {
        return Message.of(key, policy.size().used(), policy.size().limit());
    }
}
