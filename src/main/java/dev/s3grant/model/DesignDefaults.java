package dev.s3grant.model;

import java.util.List;

/**
 * The one home of every default a design has: what File › New starts from, what a new writer
 * gets, and what the design reader assumes for a field the file leaves out. The safe choices
 * (ACLs disabled, Block Public Access, TLS only, SSE-S3, both guards) are on by default.
 */
public final class DesignDefaults {

    /** The name File › New gives a design. */
    public static final String BLANK_DESIGN_NAME = "new-grant";
    /** The name of a design whose file has none. */
    public static final String UNNAMED_DESIGN_NAME = "s3-grant";
    public static final Partition PARTITION = Partition.AWS;
    public static final String REGION = "us-east-1";
    public static final String ORGANIZATION_ID = "";
    public static final String OWNER_ALIAS = "B";

    public static final boolean MANAGE_BUCKET = true;
    public static final ObjectOwnership OBJECT_OWNERSHIP = ObjectOwnership.BucketOwnerEnforced;
    public static final boolean MANAGE_OWNERSHIP_CONTROLS = true;
    public static final boolean BLOCK_PUBLIC_ACCESS = true;
    public static final boolean DENY_INSECURE_TRANSPORT = true;
    public static final EncryptionType ENCRYPTION_TYPE = EncryptionType.SSE_S3;
    public static final boolean MANAGE_KEY = false;
    public static final boolean BUCKET_KEY = true;

    public static final String ROLE_PATH = "/";
    public static final PrincipalMode PRINCIPAL_MODE = PrincipalMode.ECS_ONLY;
    public static final boolean ALLOW_ABORT_MULTIPART_UPLOAD = true;
    public static final boolean ALLOW_PUT_OBJECT_TAGGING = false;
    /** No provider set: the account's resources use the default provider configuration. */
    public static final String TERRAFORM_PROVIDER = "";

    public static final PrincipalStyle PRINCIPAL_STYLE = PrincipalStyle.ACCOUNT_WITH_ROLE_CONDITION;
    public static final boolean ORG_GUARD = true;
    public static final boolean CONFUSED_DEPUTY_GUARD = true;
    public static final TerraformStyle TERRAFORM_STYLE = TerraformStyle.JSONENCODE;
    public static final TerraformValues TERRAFORM_VALUES = TerraformValues.VARIABLES;
    public static final WriterFiles WRITER_FILES = WriterFiles.PER_ACCOUNT;

    private DesignDefaults() {
    }

    /** What File › New starts from: the safe defaults, one ECS-only writer A, and nothing filled in that only the user knows. */
    public static Design blankDesign() {
        return new Design(Design.FORMAT_VERSION, BLANK_DESIGN_NAME, PARTITION, REGION, ORGANIZATION_ID,
                new BucketOwner(OWNER_ALIAS, "", TERRAFORM_PROVIDER),
                new Bucket("", MANAGE_BUCKET, List.of(), OBJECT_OWNERSHIP, BLOCK_PUBLIC_ACCESS, DENY_INSECURE_TRANSPORT,
                        Encryption.sseS3(), MANAGE_OWNERSHIP_CONTROLS),
                List.of(newWriter(writerAlias(0))),
                Options.defaults());
    }

    /** A writer as the forms add it: ECS only, with {@code alias} and empty account and role. */
    public static Writer newWriter(String alias) {
        return new Writer(alias, "", "", ROLE_PATH, Principals.ecsOnly(), ALLOW_ABORT_MULTIPART_UPLOAD,
                ALLOW_PUT_OBJECT_TAGGING, TERRAFORM_PROVIDER);
    }

    /** {@code A} for the first writer, then {@code A2}, {@code A3}, … */
    public static String writerAlias(int index) {
        return index == 0 ? "A" : "A" + (index + 1);
    }
}
