package dev.s3grant.terraform;

import dev.s3grant.model.Design;
import dev.s3grant.model.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Every variable a design's Terraform can use, in the order {@code variables.tf} lists them, with
 * the validations DOMAIN.md §7.14 gives (account IDs, organization ID, bucket name, role names), a
 * check on the partition and on the KMS key ARN (a full key ARN, never an alias: G11). Only the
 * variables the generated files use are written.
 */
final class VariableCatalog {

    static final String PARTITION = "partition";
    static final String REGION = "region";
    static final String ORGANIZATION_ID = "organization_id";
    static final String BUCKET_NAME = "bucket_name";
    static final String KMS_KEY_ARN = "kms_key_arn";

    static final VariableValidation PARTITION_RULE = VariableValidation.matches(
            "^(aws|aws-cn|aws-us-gov)$", "The partition must be aws, aws-cn or aws-us-gov.");
    static final VariableValidation ORGANIZATION_RULE = VariableValidation.matches(
            "^o-[a-z0-9]{10,32}$", "The organization ID must be o- followed by 10 to 32 lowercase letters or digits.");
    static final List<VariableValidation> BUCKET_RULES = List.of(
            VariableValidation.matches("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$",
                    "The bucket name must be 3 to 63 lowercase letters, digits, dots or hyphens, and start and end with a letter or digit."),
            VariableValidation.doesNotMatch("^[0-9]+\\.[0-9]+\\.[0-9]+\\.[0-9]+$",
                    "The bucket name must not look like an IP address."),
            VariableValidation.doesNotMatch("^xn--",
                    "The bucket name must not start with xn--."),
            VariableValidation.doesNotMatch("(-s3alias|--ol-s3)$",
                    "The bucket name must not end with -s3alias or --ol-s3."));
    static final VariableValidation KMS_KEY_RULE = VariableValidation.matches(
            "^arn:aws[a-z-]*:kms:[a-z0-9-]+:[0-9]{12}:key/[A-Za-z0-9-]+$",
            "The KMS key must be given by its full key ARN (arn:PARTITION:kms:REGION:ACCOUNT:key/ID), not by an alias.");
    static final String ACCOUNT_ID_REGEX = "^[0-9]{12}$";
    static final String ROLE_NAME_REGEX = "^[\\w+=,.@-]{1,64}$";

    private VariableCatalog() {
    }

    static List<TerraformVariable> of(Design design, TerraformNames names) {
        List<TerraformVariable> all = new ArrayList<>();
        String owner = design.bucketOwner().alias();
        all.add(new TerraformVariable(PARTITION, "AWS partition of every ARN in the policies.",
                List.of(PARTITION_RULE), design.partition().id()));
        all.add(new TerraformVariable(REGION, "AWS Region in the ARNs of the policies (service source ARNs and KMS keys).",
                List.of(), design.region()));
        all.add(new TerraformVariable(ORGANIZATION_ID, "ID of the AWS Organization that the writer accounts and the bucket owner belong to.",
                List.of(ORGANIZATION_RULE), design.organizationId()));
        all.add(new TerraformVariable(BUCKET_NAME, "Name of the S3 bucket that the writers put objects into.",
                BUCKET_RULES, design.bucket().name()));
        all.add(new TerraformVariable(KMS_KEY_ARN, "Full ARN of the customer managed KMS key of account " + owner
                + " that encrypts the bucket.", List.of(KMS_KEY_RULE), design.bucket().encryption().kmsKeyArn()));
        all.add(new TerraformVariable(names.ownerAccountVariable(), "AWS account ID of account " + owner + ", which owns the bucket.",
                List.of(accountRule(owner)), design.bucketOwner().accountId()));
        for (int i = 0; i < design.writers().size(); i++) {
            Writer w = design.writers().get(i);
            all.add(new TerraformVariable(names.writerAccountVariable(i), "AWS account ID of writer account " + w.alias() + ".",
                    List.of(accountRule(w.alias())), w.accountId()));
            all.add(new TerraformVariable(names.roleNameVariable(i), "Name of the writer role in account " + w.alias() + ".",
                    List.of(VariableValidation.matches(ROLE_NAME_REGEX,
                            "The role name must be 1 to 64 letters, digits or any of + = , . @ _ -.")),
                    w.roleName()));
        }
        return all;
    }

    private static VariableValidation accountRule(String alias) {
        return VariableValidation.matches(ACCOUNT_ID_REGEX, "The account ID of account " + alias + " must be exactly 12 digits.");
    }
}
