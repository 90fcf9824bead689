package dev.s3grant.analysis.findings;

import dev.s3grant.model.formats.DesignerFormats;
import static dev.s3grant.analysis.Severity.ERROR;
import static dev.s3grant.analysis.Severity.WARNING;

import dev.s3grant.analysis.Finding;
import dev.s3grant.model.Design;
import dev.s3grant.model.DesignField;
import dev.s3grant.model.DocLinks;
import dev.s3grant.model.Encryption;
import dev.s3grant.policy.GeneratedPolicies;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Default encryption with SSE-KMS: which key, and whether other accounts can use it (S3G-080 to S3G-089; docs/aws-rules.md#kms-key-reference). */
final class EncryptionRules implements DesignRules {

    static final Rule KEY_MISSING = new Rule("S3G-080", ERROR, "findings.encryption.keyMissing",
            DocLinks.SSE_KMS, """
            {"bucket": {"encryption": {"type": "SSE_KMS"}}}""");
    static final Rule KEY_ALIAS = new Rule("S3G-081", ERROR, "findings.encryption.keyAlias",
            DocLinks.SSE_KMS, """
            {"bucket": {"encryption": {"type": "SSE_KMS", "kmsKeyArn": "alias/central-ingest"}}}""");
    static final Rule AWS_MANAGED_KEY = new Rule("S3G-082", ERROR, "findings.encryption.awsManagedKey",
            DocLinks.SSE_KMS, """
            {"bucket": {"encryption": {"type": "SSE_KMS", "kmsKeyArn": "alias/aws/s3"}}}""");
    static final Rule INVALID_KEY_ARN = new Rule("S3G-083", ERROR, "findings.encryption.invalidKeyArn",
            DocLinks.KMS_KEY_IDS, """
            {"bucket": {"encryption": {"type": "SSE_KMS", "kmsKeyArn": "1234abcd-12ab-34cd-56ef-1234567890ab"}}}""");
    static final Rule KEY_IN_OTHER_ACCOUNT = new Rule("S3G-084", WARNING, "findings.encryption.keyInOtherAccount",
            DocLinks.KMS_EXTERNAL_ACCOUNTS, """
            {"bucket": {"encryption": {"type": "SSE_KMS",
              "kmsKeyArn": "arn:aws:kms:ap-northeast-1:333333333333:key/1234abcd-12ab-34cd-56ef-1234567890ab"}}}""");
    static final Rule KEY_IN_OTHER_REGION = new Rule("S3G-085", ERROR, "findings.encryption.keyInOtherRegion",
            DocLinks.SSE_KMS, """
            {"bucket": {"encryption": {"type": "SSE_KMS",
              "kmsKeyArn": "arn:aws:kms:us-east-1:222222222222:key/1234abcd-12ab-34cd-56ef-1234567890ab"}}}""");
    static final Rule KEY_IN_OTHER_PARTITION = new Rule("S3G-086", ERROR, "findings.encryption.keyInOtherPartition",
            DocLinks.ARNS, """
            {"bucket": {"encryption": {"type": "SSE_KMS",
              "kmsKeyArn": "arn:aws-cn:kms:cn-north-1:222222222222:key/1234abcd-12ab-34cd-56ef-1234567890ab"}}}""");
    static final Rule KEY_ARN_IGNORED = new Rule("S3G-087", WARNING, "findings.encryption.keyArnIgnored",
            DocLinks.SSE_KMS, """
            {"bucket": {"encryption": {"type": "SSE_KMS", "manageKey": true,
              "kmsKeyArn": "arn:aws:kms:ap-northeast-1:222222222222:key/1234abcd-12ab-34cd-56ef-1234567890ab"}}}""");
    static final Rule KMS_SETTINGS_IGNORED = new Rule("S3G-088", WARNING, "findings.encryption.kmsSettingsIgnored",
            DocLinks.SSE_KMS, """
            {"bucket": {"encryption": {"type": "SSE_S3", "manageKey": true}}}""");

    private static final Pattern ALIAS_ARN = Pattern.compile("arn:[^:]*:kms:[^:]*:[^:]*:alias/.*");
    private static final String AWS_S3_ALIAS = "alias/aws/s3";

    @Override
    public List<Rule> rules() {
        return List.of(KEY_MISSING, KEY_ALIAS, AWS_MANAGED_KEY, INVALID_KEY_ARN, KEY_IN_OTHER_ACCOUNT,
                KEY_IN_OTHER_REGION, KEY_IN_OTHER_PARTITION, KEY_ARN_IGNORED, KMS_SETTINGS_IGNORED);
    }

    @Override
    public void check(Design design, GeneratedPolicies policies, List<Finding> out) {
        Encryption encryption = design.bucket().encryption();
        String arn = encryption.kmsKeyArn();
        if (!encryption.isKms()) {
            if (!arn.isEmpty() || encryption.manageKey()) {
                out.add(KMS_SETTINGS_IGNORED.at(Locations.at(DesignField.ENCRYPTION_TYPE)));
            }
            return;
        }
        if (encryption.manageKey()) {
            if (!arn.isEmpty()) {
                out.add(KEY_ARN_IGNORED.at(Locations.at(DesignField.KMS_KEY_ARN), arn));
            }
            return;
        }
        if (arn.isEmpty()) {
            out.add(KEY_MISSING.at(Locations.at(DesignField.KMS_KEY_ARN)));
        } else if (isAwsManagedS3Key(arn)) {
            out.add(AWS_MANAGED_KEY.at(Locations.at(DesignField.KMS_KEY_ARN), arn));
        } else if (isAlias(arn)) {
            out.add(KEY_ALIAS.at(Locations.at(DesignField.KMS_KEY_ARN), arn));
        } else {
            checkKeyArn(design, arn, out);
        }
    }

    private static void checkKeyArn(Design design, String arn, List<Finding> out) {
        Optional<DesignerFormats.KeyArn> parsed = DesignerFormats.parseKeyArn(arn);
        if (parsed.isEmpty()) {
            out.add(INVALID_KEY_ARN.at(Locations.at(DesignField.KMS_KEY_ARN), arn));
            return;
        }
        DesignerFormats.KeyArn key = parsed.get();
        if (!key.partition().equals(design.partition().id())) {
            out.add(KEY_IN_OTHER_PARTITION.at(Locations.at(DesignField.KMS_KEY_ARN), arn, key.partition(), design.partition().id()));
            return;
        }
        if (!key.region().equals(design.region())) {
            out.add(KEY_IN_OTHER_REGION.at(Locations.at(DesignField.KMS_KEY_ARN), arn, key.region(), design.region()));
        }
        String owner = design.bucketOwner().accountId();
        if (!key.accountId().equals(owner)) {
            out.add(KEY_IN_OTHER_ACCOUNT.at(Locations.at(DesignField.KMS_KEY_ARN), arn, key.accountId(), owner));
        }
    }

    /** {@code aws/s3} in any of its spellings: the bare name, the alias name or an alias ARN. */
    static boolean isAwsManagedS3Key(String value) {
        return value.equals("aws/s3") || value.equals(AWS_S3_ALIAS) || value.endsWith(":" + AWS_S3_ALIAS);
    }

    static boolean isAlias(String value) {
        return value.startsWith("alias/") || ALIAS_ARN.matcher(value).matches();
    }
}
