package dev.s3grant.model;

import java.util.Objects;

/** Choices that shape the generated policies and Terraform. */
public record Options(
        PrincipalStyle principalStyle,
        boolean orgGuard,
        boolean confusedDeputyGuard,
        TerraformStyle terraformStyle,
        TerraformValues terraformValues,
        WriterFiles writerFiles) {

    public Options {
        Objects.requireNonNull(principalStyle, "principalStyle");
        Objects.requireNonNull(terraformStyle, "terraformStyle");
        Objects.requireNonNull(terraformValues, "terraformValues");
        writerFiles = writerFiles == null ? DesignDefaults.WRITER_FILES : writerFiles;
    }

    /** Options with the writers' Terraform in one file per account ({@link WriterFiles#PER_ACCOUNT}). */
    public Options(PrincipalStyle principalStyle, boolean orgGuard, boolean confusedDeputyGuard,
                   TerraformStyle terraformStyle, TerraformValues terraformValues) {
        this(principalStyle, orgGuard, confusedDeputyGuard, terraformStyle, terraformValues, DesignDefaults.WRITER_FILES);
    }

    public static Options defaults() {
        return new Options(DesignDefaults.PRINCIPAL_STYLE, DesignDefaults.ORG_GUARD, DesignDefaults.CONFUSED_DEPUTY_GUARD,
                DesignDefaults.TERRAFORM_STYLE, DesignDefaults.TERRAFORM_VALUES, DesignDefaults.WRITER_FILES);
    }

    /** True when one writer file serves every writer account ({@link WriterFiles#SHARED}). */
    public boolean sharedWriterFile() {
        return writerFiles == WriterFiles.SHARED;
    }

    public Options withPrincipalStyle(PrincipalStyle value) {
        return new Options(value, orgGuard, confusedDeputyGuard, terraformStyle, terraformValues, writerFiles);
    }

    public Options withOrgGuard(boolean value) {
        return new Options(principalStyle, value, confusedDeputyGuard, terraformStyle, terraformValues, writerFiles);
    }

    public Options withConfusedDeputyGuard(boolean value) {
        return new Options(principalStyle, orgGuard, value, terraformStyle, terraformValues, writerFiles);
    }

    public Options withTerraformStyle(TerraformStyle value) {
        return new Options(principalStyle, orgGuard, confusedDeputyGuard, value, terraformValues, writerFiles);
    }

    public Options withTerraformValues(TerraformValues value) {
        return new Options(principalStyle, orgGuard, confusedDeputyGuard, terraformStyle, value, writerFiles);
    }

    public Options withWriterFiles(WriterFiles value) {
        return new Options(principalStyle, orgGuard, confusedDeputyGuard, terraformStyle, terraformValues, value);
    }
}
