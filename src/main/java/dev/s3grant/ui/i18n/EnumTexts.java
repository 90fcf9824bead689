package dev.s3grant.ui.i18n;

import dev.s3grant.analysis.Severity;
import dev.s3grant.model.EncryptionType;
import dev.s3grant.model.ObjectOwnership;
import dev.s3grant.model.Partition;
import dev.s3grant.model.PrincipalMode;
import dev.s3grant.model.PrincipalStyle;
import dev.s3grant.model.TerraformStyle;
import dev.s3grant.model.TerraformValues;
import dev.s3grant.model.WriterFiles;

/** The message key that names each design choice in the window. Keys are spelled out so a test can find them. */
public final class EnumTexts {

    private EnumTexts() {
    }

    public static String key(Enum<?> value) {
        if (value instanceof Partition p) {
            return switch (p) {
                case AWS -> "ui.enum.partition.aws";
                case AWS_CN -> "ui.enum.partition.awsCn";
                case AWS_US_GOV -> "ui.enum.partition.awsUsGov";
            };
        }
        if (value instanceof ObjectOwnership o) {
            return switch (o) {
                case BucketOwnerEnforced -> "ui.enum.ownership.enforced";
                case BucketOwnerPreferred -> "ui.enum.ownership.preferred";
                case ObjectWriter -> "ui.enum.ownership.objectWriter";
            };
        }
        if (value instanceof EncryptionType e) {
            return switch (e) {
                case SSE_S3 -> "ui.enum.encryption.sseS3";
                case SSE_KMS -> "ui.enum.encryption.sseKms";
            };
        }
        if (value instanceof PrincipalMode m) {
            return switch (m) {
                case ECS_ONLY -> "ui.enum.principals.ecsOnly";
                case SERVICES -> "ui.enum.principals.services";
            };
        }
        if (value instanceof PrincipalStyle s) {
            return switch (s) {
                case ACCOUNT_WITH_ROLE_CONDITION -> "ui.enum.principalStyle.account";
                case ROLE_ARN -> "ui.enum.principalStyle.roleArn";
                case SHARED_ROLE -> "ui.enum.principalStyle.sharedRole";
            };
        }
        if (value instanceof TerraformStyle s) {
            return switch (s) {
                case JSONENCODE -> "ui.enum.terraformStyle.jsonencode";
                case POLICY_DOCUMENT -> "ui.enum.terraformStyle.policyDocument";
            };
        }
        if (value instanceof TerraformValues v) {
            return switch (v) {
                case VARIABLES -> "ui.enum.terraformValues.variables";
                case LITERALS -> "ui.enum.terraformValues.literals";
            };
        }
        if (value instanceof WriterFiles f) {
            return switch (f) {
                case PER_ACCOUNT -> "ui.enum.writerFiles.perAccount";
                case SHARED -> "ui.enum.writerFiles.shared";
            };
        }
        if (value instanceof Severity s) {
            return switch (s) {
                case ERROR -> "ui.severity.error";
                case SECURITY_WARNING -> "ui.severity.securityWarning";
                case WARNING -> "ui.severity.warning";
                case SUGGESTION -> "ui.severity.suggestion";
            };
        }
        throw new IllegalArgumentException("no text for " + value.getClass().getSimpleName() + "." + value.name());
    }
}
