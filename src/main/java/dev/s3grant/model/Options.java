package dev.s3grant.model;

import java.util.Objects;

/** Choices that shape the generated policies and Terraform. */
public record Options(
        PrincipalStyle principalStyle,
        boolean orgGuard,
        boolean confusedDeputyGuard,
        TerraformStyle terraformStyle,
        TerraformValues terraformValues,
        WriterFiles writerFiles,
        String writerOrgPath) {

    public Options {
        Objects.requireNonNull(principalStyle, "principalStyle");
        Objects.requireNonNull(terraformStyle, "terraformStyle");
        Objects.requireNonNull(terraformValues, "terraformValues");
        writerFiles = writerFiles == null ? DesignDefaults.WRITER_FILES : writerFiles;
        writerOrgPath = writerOrgPath == null ? "" : writerOrgPath;
    }

    /** Options without an organizational-unit path for the shared-role style. */
    public Options(PrincipalStyle principalStyle, boolean orgGuard, boolean confusedDeputyGuard,
                   TerraformStyle terraformStyle, TerraformValues terraformValues, WriterFiles writerFiles) {
        this(principalStyle, orgGuard, confusedDeputyGuard, terraformStyle, terraformValues, writerFiles, "");
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

    /**
     * True when the shared-role style names its writers by an organizational unit ({@code aws:PrincipalOrgPaths})
     * instead of their accounts (docs/decisions/0052-writers-by-organizational-unit.md).
     */
    public boolean writersByOrgPath() {
        return principalStyle == PrincipalStyle.SHARED_ROLE && !writerOrgPath.isEmpty();
    }

    public Options withPrincipalStyle(PrincipalStyle value) {
        return new Options(value, orgGuard, confusedDeputyGuard, terraformStyle, terraformValues, writerFiles, writerOrgPath);
    }

    public Options withOrgGuard(boolean value) {
        return new Options(principalStyle, value, confusedDeputyGuard, terraformStyle, terraformValues, writerFiles, writerOrgPath);
    }

    public Options withConfusedDeputyGuard(boolean value) {
        return new Options(principalStyle, orgGuard, value, terraformStyle, terraformValues, writerFiles, writerOrgPath);
    }

    public Options withTerraformStyle(TerraformStyle value) {
        return new Options(principalStyle, orgGuard, confusedDeputyGuard, value, terraformValues, writerFiles, writerOrgPath);
    }

    public Options withTerraformValues(TerraformValues value) {
        return new Options(principalStyle, orgGuard, confusedDeputyGuard, terraformStyle, value, writerFiles, writerOrgPath);
    }

    public Options withWriterFiles(WriterFiles value) {
        return new Options(principalStyle, orgGuard, confusedDeputyGuard, terraformStyle, terraformValues, value, writerOrgPath);
    }

    public Options withWriterOrgPath(String value) {
        return new Options(principalStyle, orgGuard, confusedDeputyGuard, terraformStyle, terraformValues, writerFiles, value);
    }
}
