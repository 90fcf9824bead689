package dev.s3grant.model;

/** Whether design values go to variables ({@code variables.tf}, {@code terraform.tfvars}) or inline. */
public enum TerraformValues {
    VARIABLES,
    LITERALS
}
