package dev.s3grant.terraform;

import dev.s3grant.model.Design;
import dev.s3grant.model.Writer;
import dev.s3grant.model.formats.IdentifierFormat;
import dev.s3grant.model.formats.IdentifierFormats;
import java.util.ArrayList;
import java.util.List;

/**
 * Every variable a design's Terraform can use, in the order {@code variables.tf} lists them, with
 * one validation per check of its {@link IdentifierFormats identifier format}: the same checks the
 * findings run, so a value passes {@code terraform plan} exactly when the findings accept it. Only
 * the variables the generated files use are written.
 */
final class VariableCatalog {

    static final String PARTITION = "partition";
    static final String REGION = "region";
    static final String ORGANIZATION_ID = "organization_id";
    static final String WRITER_ORG_PATH = "writer_org_path";
    static final String BUCKET_NAME = "bucket_name";
    static final String KMS_KEY_ARN = "kms_key_arn";

    private VariableCatalog() {
    }

    static List<TerraformVariable> of(Design design, TerraformNames names) {
        List<TerraformVariable> all = new ArrayList<>();
        String owner = design.bucketOwner().alias();
        all.add(new TerraformVariable(PARTITION, "AWS partition of every ARN in the policies.",
                rules(IdentifierFormats.PARTITION), design.partition().id()));
        all.add(new TerraformVariable(REGION, "AWS Region of the design: the Region every account's provider must be configured for, and the Region in the ARNs of the policies.",
                rules(IdentifierFormats.REGION), design.region()));
        all.add(new TerraformVariable(ORGANIZATION_ID, "ID of the AWS Organization that the writer accounts and the bucket owner belong to.",
                rules(IdentifierFormats.ORGANIZATION_ID), design.organizationId()));
        all.add(new TerraformVariable(WRITER_ORG_PATH, "AWS Organizations path of the organizational unit (o-ORG/r-ROOT/ou-OU/)"
                + " whose accounts, and those of the OUs under it, hold the shared writer role.",
                rules(IdentifierFormats.ORG_PATH), design.options().writerOrgPath()));
        all.add(new TerraformVariable(BUCKET_NAME, "Name of the S3 bucket that the writers put objects into.",
                rules(IdentifierFormats.BUCKET_NAME), design.bucket().name()));
        all.add(new TerraformVariable(KMS_KEY_ARN, "Full ARN of the customer managed KMS key of account " + owner
                + " that encrypts the bucket.", rules(IdentifierFormats.KMS_KEY_ARN), design.bucket().encryption().kmsKeyArn()));
        all.add(new TerraformVariable(names.ownerAccountVariable(), "AWS account ID of account " + owner + ", which owns the bucket.",
                rules(IdentifierFormats.ACCOUNT_ID), design.bucketOwner().accountId()));
        for (int i = 0; i < design.writers().size(); i++) {
            Writer w = design.writers().get(i);
            all.add(new TerraformVariable(names.writerAccountVariable(i), names.isSharedWriter()
                    ? "AWS account ID of the writer account this root module is applied in: set in accounts/<alias>.tfvars."
                    : "AWS account ID of writer account " + w.alias() + ".",
                    rules(IdentifierFormats.ACCOUNT_ID), w.accountId()));
            all.add(new TerraformVariable(names.roleNameVariable(i), names.isSharedWriter()
                    ? "Name of the writer role, the same in every writer account."
                    : "Name of the writer role in account " + w.alias() + ".",
                    rules(IdentifierFormats.ROLE_NAME), w.roleName()));
        }
        return all;
    }

    private static List<VariableValidation> rules(IdentifierFormat format) {
        return VariableValidation.of(format.checks());
    }
}
