package dev.s3grant.analysis.findings;

import static dev.s3grant.analysis.findings.Validation.EXAMPLE;
import static dev.s3grant.analysis.findings.Validation.findings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.s3grant.analysis.Finding;
import dev.s3grant.analysis.Severity;
import dev.s3grant.model.Design;
import dev.s3grant.model.Encryption;
import dev.s3grant.model.EncryptionType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EncryptionRulesTest {

    private static final String KEY_ID = "1234abcd-12ab-34cd-56ef-1234567890ab";
    private static final String OWNER_KEY = "arn:aws:kms:ap-northeast-1:222222222222:key/" + KEY_ID;

    private static Design kmsWithKey(String arn) {
        return Validation.withEncryption(e -> new Encryption(EncryptionType.SSE_KMS, arn, false, true));
    }

    @ParameterizedTest
    @ValueSource(strings = {OWNER_KEY, "arn:aws:kms:ap-northeast-1:222222222222:key/mrk-1234abcd12ab34cd56ef1234567890ab"})
    void keyOfTheBucketOwnerInTheDesignRegionRaisesNothing(String arn) {
        assertThat(Validation.validate(kmsWithKey(arn))).isEmpty();
    }

    @Test
    void managedKeyRaisesNothing() {
        var design = Validation.withEncryption(e -> new Encryption(EncryptionType.SSE_KMS, "", true, true));

        assertThat(Validation.validate(design)).isEmpty();
    }

    @Test
    void kmsWithoutKeyArnAndWithoutManagedKeyIsAnError() {
        assertThat(Validation.validate(kmsWithKey("")))
                .extracting(Finding::code, f -> f.location().text())
                .containsExactly(tuple("S3G-080", "bucket.encryption.kmsKeyArn"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"alias/central-ingest", "arn:aws:kms:ap-northeast-1:222222222222:alias/central-ingest"})
    void aliasInsteadOfKeyArnIsAnError(String alias) {
        assertThat(Validation.validate(kmsWithKey(alias)))
                .extracting(Finding::code, f -> f.message().args())
                .containsExactly(tuple("S3G-081", List.of(alias)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"aws/s3", "alias/aws/s3", "arn:aws:kms:ap-northeast-1:222222222222:alias/aws/s3"})
    void awsManagedS3KeyIsAnErrorOfItsOwn(String key) {
        assertThat(Validation.validate(kmsWithKey(key)))
                .extracting(Finding::code, f -> f.message().args())
                .containsExactly(tuple("S3G-082", List.of(key)));
    }

    @ParameterizedTest
    @ValueSource(strings = {KEY_ID, "arn:aws:kms:ap-northeast-1:222222222222:key/not-a-key-id",
            "arn:aws:kms:ap-northeast-1:2222:key/" + KEY_ID, "arn:aws:s3:::central-ingest-222222222222",
            "arn:aws:kms:ap-northeast-1:222222222222:key/1234ABCD-12AB-34CD-56EF-1234567890AB", " " + OWNER_KEY})
    void malformedKeyArnIsAnError(String arn) {
        assertThat(Validation.validate(kmsWithKey(arn)))
                .extracting(Finding::code, f -> f.message().args())
                .containsExactly(tuple("S3G-083", List.of(arn)));
    }

    @Test
    void keyOfAnotherAccountIsAWarningThatNamesBothAccounts() {
        String arn = "arn:aws:kms:ap-northeast-1:333333333333:key/" + KEY_ID;

        assertThat(Validation.validate(kmsWithKey(arn)))
                .extracting(Finding::code, f -> f.message().args())
                .containsExactly(tuple("S3G-084", List.of(arn, "333333333333", "222222222222")));
    }

    @Test
    void keyInAnotherRegionIsAnError() {
        String arn = "arn:aws:kms:us-east-1:222222222222:key/" + KEY_ID;

        assertThat(Validation.validate(kmsWithKey(arn)))
                .extracting(Finding::code, Finding::severity, f -> f.message().args())
                .containsExactly(tuple("S3G-085", Severity.ERROR, List.of(arn, "us-east-1", "ap-northeast-1")));
    }

    @Test
    void keyInAnotherPartitionIsOneErrorWhateverItsRegion() {
        String arn = "arn:aws-cn:kms:cn-north-1:222222222222:key/" + KEY_ID;

        assertThat(Validation.validate(kmsWithKey(arn)))
                .extracting(Finding::code, f -> f.message().args())
                .containsExactly(tuple("S3G-086", List.of(arn, "aws-cn", "aws")));
    }

    @Test
    void keyArnBesideAManagedKeyIsIgnoredWithAWarning() {
        var design = Validation.withEncryption(e -> new Encryption(EncryptionType.SSE_KMS, "alias/aws/s3", true, true));

        assertThat(Validation.validate(design))
                .extracting(Finding::code, f -> f.location().text(), f -> f.message().args())
                .containsExactly(tuple("S3G-087", "bucket.encryption.kmsKeyArn", List.of("alias/aws/s3")));
    }

    @Test
    void kmsSettingsUnderSseS3AreIgnoredWithAWarning() {
        var withArn = Validation.withEncryption(e -> e.withKmsKeyArn(OWNER_KEY));
        var withManagedKey = Validation.withEncryption(e -> e.withManageKey(true));

        assertThat(Validation.validate(withArn)).extracting(Finding::code, f -> f.location().text())
                .containsExactly(tuple("S3G-088", "bucket.encryption.type"));
        assertThat(findings(withManagedKey, EncryptionRules.KMS_SETTINGS_IGNORED)).hasSize(1);
        assertThat(findings(EXAMPLE, EncryptionRules.KMS_SETTINGS_IGNORED)).isEmpty();
    }
}
