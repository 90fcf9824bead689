package dev.s3grant.explain;

import dev.s3grant.document.FileElement;
import dev.s3grant.policy.ExistingMerge;
import dev.s3grant.model.Design;
import dev.s3grant.model.DocLinks;
import dev.s3grant.model.Encryption;
import dev.s3grant.model.Message;
import dev.s3grant.model.PrincipalStyle;
import dev.s3grant.model.Writer;
import dev.s3grant.policy.Arns;
import dev.s3grant.policy.GeneratedPolicies;
import dev.s3grant.terraform.TerraformNames;
import dev.s3grant.text.Code;
import dev.s3grant.text.CodeList;
import java.util.ArrayList;
import java.util.List;

/** The overview: request path, what each account applies and when, and what outside the design can block. */
final class OverviewExplainer {

    private OverviewExplainer() {
    }

    static Overview explain(Design design, GeneratedPolicies policies, List<AccountFile> files) {
        List<String> urls = new ArrayList<>(List.of(DocLinks.CROSS_ACCOUNT_EVALUATION, DocLinks.PRINCIPAL,
                DocLinks.BLOCK_PUBLIC_ACCESS));
        if (design.bucket().encryption().isKms()) {
            urls.add(DocLinks.SSE_KMS);
            urls.add(DocLinks.KMS_EXTERNAL_ACCOUNTS);
        }
        urls.add(DocLinks.PERMISSION_SETS);
        return new Overview(requestPath(design), applyOrder(design, policies, files), outsideControls(design), urls);
    }

    private static List<Message> requestPath(Design design) {
        List<Message> path = new ArrayList<>();
        for (Writer w : design.writers()) {
            path.add(Message.of("explain.overview.path.writer", ServiceNames.of(w.principals().trustedServices()),
                    new Code(Arns.role(design, w)), w.alias(), new Code(w.accountId())));
        }
        path.add(Message.of("explain.overview.path.bucket", new Code(design.bucket().name()), design.bucketOwner().alias(),
                new Code(design.bucketOwner().accountId()), new Code(design.partition().id()), new Code(design.region())));
        List<String> sameAccount = design.writers().stream()
                .filter(w -> w.accountId().equals(design.bucketOwner().accountId())).map(Writer::alias).toList();
        if (!sameAccount.isEmpty()) {
            path.add(Message.of("explain.overview.path.sameAccount", String.join(", ", sameAccount),
                    design.bucketOwner().alias(), new Code(design.bucketOwner().accountId())));
        }
        Encryption encryption = design.bucket().encryption();
        if (!encryption.isKms()) {
            path.add(Message.of("explain.overview.path.sseS3"));
        } else if (encryption.manageKey()) {
            path.add(Message.of("explain.overview.path.kmsManaged", new Code(TerraformNames.keyAlias(design)),
                    design.bucketOwner().alias()));
        } else {
            path.add(Message.of("explain.overview.path.kmsExisting", NotSet.codeOrNotSet(encryption.kmsKeyArn()),
                    design.bucketOwner().alias()));
        }
        if (design.orgGuarded()) {
            path.add(Message.of("explain.overview.path.org", new Code(design.organizationId())));
        } else if (design.organizationId().isEmpty()) {
            path.add(Message.of("explain.overview.path.noOrg"));
        } else {
            path.add(Message.of("explain.overview.path.orgGuardOff", new Code(design.organizationId())));
        }
        return path;
    }

    private static List<Message> applyOrder(Design design, GeneratedPolicies policies, List<AccountFile> files) {
        List<Message> order = new ArrayList<>();
        for (AccountFile file : files) {
            if (file.shared()) {
                order.add(Message.of("explain.overview.apply.sharedWriter",
                        new CodeList(design.writers().stream().map(Writer::accountId).toList()), new Code(file.name()),
                        new Code(TerraformNames.SHARED_WRITER_FOLDER + "/" + TerraformNames.ACCOUNT_VALUES_FOLDER + "/<alias>.tfvars"),
                        new CodeList(file.blocks().stream().map(FileElement::id).toList())));
                continue;
            }
            String alias = file.writer() == null ? design.bucketOwner().alias() : file.writer().alias();
            String account = file.writer() == null ? design.bucketOwner().accountId() : file.writer().accountId();
            order.add(Message.of("explain.overview.apply", alias, new Code(account), new Code(file.name()),
                    new CodeList(file.blocks().stream().map(FileElement::id).toList())));
        }
        if (design.options().principalStyle() == PrincipalStyle.ROLE_ARN) {
            order.add(Message.of("explain.overview.order.writersFirst",
                    new CodeList(AccountFile.writerFiles(files)),
                    new Code(new TerraformNames(design).ownerFile())));
        } else {
            order.add(Message.of("explain.overview.order.anyOrder"));
        }
        if (!design.bucket().manage()) {
            order.add(Message.of(design.existing().hasBucketPolicy() ? "explain.overview.existingBucket.merged"
                            : "explain.overview.existingBucket", new Code(design.bucket().name()),
                    new Code(policies.bucketPolicy().fileName())));
            order.add(design.bucket().manageOwnershipControls()
                    ? Message.of("explain.overview.existingBucketOwnership", new Code(design.bucket().name()),
                            new Code(design.bucket().objectOwnership().name()))
                    : Message.of("explain.overview.existingBucketOwnershipNotSet", new Code(design.bucket().name()),
                            new Code(design.bucket().objectOwnership().name()), design.bucketOwner().alias()));
        }
        Encryption encryption = design.bucket().encryption();
        if (encryption.isKms() && !encryption.manageKey()) {
            order.add(Message.of(ExistingMerge.mergesKeyPolicy(design) ? "explain.overview.existingKey.merged"
                            : "explain.overview.existingKey", NotSet.codeOrNotSet(encryption.kmsKeyArn()),
                    new Code(policies.keyPolicy().orElseThrow().fileName())));
        } else if (encryption.isKms() && !TerraformNames.managesKey(design)) {
            order.add(Message.of("explain.overview.keyNotCreated", design.bucketOwner().alias(),
                    new Code(policies.keyPolicy().orElseThrow().fileName()), new Code(TerraformNames.keyAlias(design))));
        }
        return order;
    }

    private static List<Message> outsideControls(Design design) {
        List<Message> outside = new ArrayList<>();
        outside.add(Message.of("explain.overview.outside.scp",
                new CodeList(design.writers().stream().map(Writer::accountId).distinct().toList())));
        outside.add(Message.of("explain.overview.outside.rcp", design.bucketOwner().alias(),
                new Code(design.bucketOwner().accountId())));
        outside.add(Message.of(design.options().writersByOrgPath() ? "explain.overview.outside.bpa.sharedRoleOu"
                        : design.options().principalStyle() == PrincipalStyle.SHARED_ROLE
                        ? "explain.overview.outside.bpa.sharedRole" : "explain.overview.outside.bpa", design.bucketOwner().alias(),
                new Code(design.bucketOwner().accountId())));
        outside.add(Message.of("explain.overview.outside.endpoint"));
        outside.add(Message.of("explain.overview.outside.humans"));
        return outside;
    }
}
