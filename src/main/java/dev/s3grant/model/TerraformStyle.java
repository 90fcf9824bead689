package dev.s3grant.model;

/** How policies are written in Terraform. */
public enum TerraformStyle {
    JSONENCODE,
    POLICY_DOCUMENT
}
