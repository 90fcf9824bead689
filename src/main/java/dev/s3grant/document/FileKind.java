package dev.s3grant.document;

/** What a generated file is, which decides its syntax. */
public enum FileKind {
    /** A policy document under {@code policies/}. */
    POLICY_JSON,
    /** An {@code account_<alias>.tf}: the resources of one account. */
    TERRAFORM_ACCOUNT,
    /** {@code variables.tf}. */
    TERRAFORM_VARIABLES,
    /** {@code terraform.tfvars}. */
    TERRAFORM_VALUES;

    /** True for JSON, false for HCL (Terraform's native syntax). */
    public boolean isJson() {
        return this == POLICY_JSON;
    }
}
