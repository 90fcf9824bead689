package dev.s3grant.document;

/** What an element of a generated file is. */
public enum ElementKind {
    /** A policy statement: a JSON object with a {@code Sid}, or a {@code statement} block of a policy document data source. */
    STATEMENT,
    /** One condition key of a statement, under one operator. */
    CONDITION,
    /** A top-level {@code resource} or {@code data} block. */
    BLOCK,
    /** A {@code variable} block. */
    VARIABLE,
    /** A top-level attribute of {@code terraform.tfvars}. */
    VALUE
}
