package dev.s3grant.explain;

import dev.s3grant.model.Design;
import dev.s3grant.model.TerraformStyle;
import dev.s3grant.model.Writer;
import dev.s3grant.terraform.TerraformNames;
import java.util.ArrayList;
import java.util.List;

/**
 * The Terraform files of a design and the resources and data sources each holds, by the names every
 * part of the designer agrees on: {@code account_<alias>.tf} per writer with
 * {@code aws_iam_role.writer_<alias_snake>} and {@code aws_iam_role_policy.writer_<alias_snake>}
 * (and {@code aws_iam_instance_profile.writer_<alias_snake>} when the role trusts EC2);
 * {@code account_<owner alias>.tf} with the {@code main} bucket resources, the key under a managed
 * SSE-KMS key, and the {@code aws_iam_policy_document} data sources in POLICY_DOCUMENT style. Every
 * file starts with {@code data.aws_region.account_<alias_snake>}, which checks its provider's Region.
 */
public final class TerraformInventory {

    /** What a Terraform element is, which decides its explanation. */
    public enum Kind {
        REGION_CHECK,
        WRITER_TRUST_DOCUMENT,
        WRITER_ROLE,
        WRITER_ROLE_DOCUMENT,
        WRITER_ROLE_POLICY,
        WRITER_INSTANCE_PROFILE,
        BUCKET,
        OWNERSHIP_CONTROLS,
        PUBLIC_ACCESS_BLOCK,
        KEY_POLICY_DOCUMENT,
        KMS_KEY,
        KMS_ALIAS,
        ENCRYPTION,
        BUCKET_POLICY_DOCUMENT,
        BUCKET_POLICY
    }

    /** One resource or data source, by its Terraform address; {@code writer} is null in the owner's file. */
    public record Element(Kind kind, String address, Writer writer) {
    }

    /** One Terraform file; {@code writer} is null for the bucket owner's file. */
    public record TerraformFile(String name, Writer writer, List<Element> elements) {
        public TerraformFile {
            elements = List.copyOf(elements);
        }
    }

    private TerraformInventory() {
    }

    /** The files in the order the designer writes them: one per writer, then the owner's. */
    public static List<TerraformFile> of(Design design) {
        List<TerraformFile> files = new ArrayList<>();
        boolean documents = design.options().terraformStyle() == TerraformStyle.POLICY_DOCUMENT;
        TerraformNames names = new TerraformNames(design);
        for (int i = 0; i < design.writers().size(); i++) {
            Writer w = design.writers().get(i);
            String name = names.writerResource(i);
            List<Element> elements = new ArrayList<>();
            elements.add(new Element(Kind.REGION_CHECK, "data.aws_region." + names.writerRegionData(i), w));
            if (documents) {
                elements.add(new Element(Kind.WRITER_TRUST_DOCUMENT, "data.aws_iam_policy_document." + name + "_trust", w));
            }
            elements.add(new Element(Kind.WRITER_ROLE, "aws_iam_role." + name, w));
            if (documents) {
                elements.add(new Element(Kind.WRITER_ROLE_DOCUMENT, "data.aws_iam_policy_document." + name + "_role", w));
            }
            elements.add(new Element(Kind.WRITER_ROLE_POLICY, "aws_iam_role_policy." + name, w));
            if (TerraformNames.needsInstanceProfile(w)) {
                elements.add(new Element(Kind.WRITER_INSTANCE_PROFILE, "aws_iam_instance_profile." + name, w));
            }
            files.add(new TerraformFile(names.writerFile(i), w, elements));
        }
        List<Element> owner = new ArrayList<>();
        owner.add(owner(Kind.REGION_CHECK, "data.aws_region." + names.ownerRegionData()));
        owner.addAll(ownerElements(design, documents));
        files.add(new TerraformFile(names.ownerFile(), null, owner));
        return List.copyOf(files);
    }

    private static List<Element> ownerElements(Design design, boolean documents) {
        List<Element> elements = new ArrayList<>();
        var bucket = design.bucket();
        if (bucket.manage()) {
            elements.add(owner(Kind.BUCKET, "aws_s3_bucket.main"));
            elements.add(owner(Kind.OWNERSHIP_CONTROLS, "aws_s3_bucket_ownership_controls.main"));
            if (bucket.blockPublicAccess()) {
                elements.add(owner(Kind.PUBLIC_ACCESS_BLOCK, "aws_s3_bucket_public_access_block.main"));
            }
        } else if (bucket.manageOwnershipControls()) {
            elements.add(owner(Kind.OWNERSHIP_CONTROLS, "aws_s3_bucket_ownership_controls.main"));
        }
        if (managesKey(design)) {
            if (documents) {
                elements.add(owner(Kind.KEY_POLICY_DOCUMENT, "data.aws_iam_policy_document.key_policy"));
            }
            elements.add(owner(Kind.KMS_KEY, "aws_kms_key.main"));
            elements.add(owner(Kind.KMS_ALIAS, "aws_kms_alias.main"));
        }
        if (bucket.manage()) {
            elements.add(owner(Kind.ENCRYPTION, "aws_s3_bucket_server_side_encryption_configuration.main"));
        }
        if (documents) {
            elements.add(owner(Kind.BUCKET_POLICY_DOCUMENT, "data.aws_iam_policy_document.bucket_policy"));
        }
        elements.add(owner(Kind.BUCKET_POLICY, "aws_s3_bucket_policy.main"));
        return elements;
    }

    /** True when the owner's file creates the KMS key ({@link TerraformNames#managesKey}). */
    public static boolean managesKey(Design design) {
        return TerraformNames.managesKey(design);
    }

    /** The alias of a managed key ({@link TerraformNames#keyAlias}). */
    public static String keyAlias(Design design) {
        return TerraformNames.keyAlias(design);
    }

    /** The writers' {@code account_<alias>.tf} file names, in design order. */
    public static List<String> writerFiles(Design design) {
        TerraformNames names = new TerraformNames(design);
        List<String> files = new ArrayList<>();
        for (int i = 0; i < design.writers().size(); i++) {
            files.add(names.writerFile(i));
        }
        return files;
    }

    /** {@code aws_iam_role.writer_<a>} of a writer of the design. */
    public static String roleAddress(Design design, Writer writer) {
        return roleAddress(new TerraformNames(design), design.writers().indexOf(writer));
    }

    /** {@code aws_iam_role_policy.writer_<a>} of a writer of the design. */
    public static String rolePolicyAddress(Design design, Writer writer) {
        return rolePolicyAddress(new TerraformNames(design), design.writers().indexOf(writer));
    }

    /** {@code aws_iam_instance_profile.writer_<a>} of a writer of the design (created when it trusts EC2). */
    public static String instanceProfileAddress(Design design, Writer writer) {
        return "aws_iam_instance_profile." + new TerraformNames(design).writerResource(design.writers().indexOf(writer));
    }

    static String roleAddress(TerraformNames names, int writer) {
        return "aws_iam_role." + names.writerResource(writer);
    }

    static String rolePolicyAddress(TerraformNames names, int writer) {
        return "aws_iam_role_policy." + names.writerResource(writer);
    }

    private static Element owner(Kind kind, String address) {
        return new Element(kind, address, null);
    }
}
