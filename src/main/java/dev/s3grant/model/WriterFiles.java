package dev.s3grant.model;

/**
 * How the writer accounts' Terraform is laid out (docs/decisions/0044-shared-writer-file.md):
 * one {@code account_<alias>.tf} per writer in the root module of every account, or one writer root
 * module applied in each writer account with a {@code .tfvars} file per account.
 */
public enum WriterFiles {
    /** {@code account_<alias>.tf} per writer, beside the bucket owner's file in one root module. */
    PER_ACCOUNT,
    /** {@code writer/writer.tf} for every writer account, with {@code writer/accounts/<alias>.tfvars}. */
    SHARED
}
