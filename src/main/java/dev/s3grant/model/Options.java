package dev.s3grant.model;

import java.util.Objects;

/** Choices that shape the generated policies and Terraform. */
public record Options(
        PrincipalStyle principalStyle,
        boolean orgGuard,
        boolean confusedDeputyGuard,
        TerraformStyle terraformStyle,
        TerraformValues terraformValues) {

    public Options {
        Objects.requireNonNull(principalStyle, "principalStyle");
        Objects.requireNonNull(terraformStyle, "terraformStyle");
        Objects.requireNonNull(terraformValues, "terraformValues");
    }

    public static Options defaults() {
        return new Options(DesignDefaults.PRINCIPAL_STYLE, DesignDefaults.ORG_GUARD, DesignDefaults.CONFUSED_DEPUTY_GUARD,
                DesignDefaults.TERRAFORM_STYLE, DesignDefaults.TERRAFORM_VALUES);
    }

    public Options withPrincipalStyle(PrincipalStyle value) {
        return new Options(value, orgGuard, confusedDeputyGuard, terraformStyle, terraformValues);
    }

    public Options withOrgGuard(boolean value) {
        return new Options(principalStyle, value, confusedDeputyGuard, terraformStyle, terraformValues);
    }

    public Options withConfusedDeputyGuard(boolean value) {
        return new Options(principalStyle, orgGuard, value, terraformStyle, terraformValues);
    }

    public Options withTerraformStyle(TerraformStyle value) {
        return new Options(principalStyle, orgGuard, confusedDeputyGuard, value, terraformValues);
    }

    public Options withTerraformValues(TerraformValues value) {
        return new Options(principalStyle, orgGuard, confusedDeputyGuard, terraformStyle, value);
    }
}
