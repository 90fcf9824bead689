package dev.s3grant.analysis.findings;

import static dev.s3grant.analysis.findings.Validation.findings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.s3grant.analysis.Finding;
import dev.s3grant.analysis.Severity;
import dev.s3grant.model.ObjectOwnership;
import java.util.List;
import org.junit.jupiter.api.Test;

class BucketSettingRulesTest {

    private static final String BUCKET = "central-ingest-222222222222";

    @Test
    void objectWriterOwnershipIsAnErrorBecauseMultipartUploadsFail() {
        var design = Validation.withBucket(b -> b.withObjectOwnership(ObjectOwnership.ObjectWriter));

        assertThat(Validation.validate(design))
                .extracting(Finding::code, Finding::severity, f -> f.location().text(), f -> f.message().args())
                .containsExactly(tuple("S3G-070", Severity.ERROR, "bucket.objectOwnership", List.of(BUCKET)));
    }

    @Test
    void bucketOwnerPreferredOwnershipIsAnErrorBecauseMultipartUploadsFail() {
        var design = Validation.withBucket(b -> b.withObjectOwnership(ObjectOwnership.BucketOwnerPreferred));

        assertThat(Validation.validate(design))
                .extracting(Finding::code, Finding::severity, f -> f.location().text(), f -> f.message().args())
                .containsExactly(tuple("S3G-071", Severity.ERROR, "bucket.objectOwnership", List.of(BUCKET)));
    }

    @Test
    void existingBucketIsAWarningThatItsWholePolicyIsReplaced() {
        var design = Validation.withBucket(b -> b.withManage(false));

        assertThat(findings(design, BucketSettingRules.EXISTING_BUCKET_POLICY_REPLACED))
                .extracting(f -> f.location().text(), f -> f.message().args())
                .containsExactly(tuple("bucket.manage", List.of(BUCKET)));
    }

    @Test
    void anExistingBucketWhoseOwnershipControlsAreNotManagedIsAWarning() {
        var design = Validation.withBucket(b -> b.withManage(false).withManageOwnershipControls(false));

        assertThat(findings(design, BucketSettingRules.OWNERSHIP_NOT_SET))
                .extracting(Finding::severity, f -> f.location().text(), f -> f.message().args())
                .containsExactly(tuple(Severity.WARNING, "bucket.manageOwnershipControls", List.of(BUCKET, "BucketOwnerEnforced")));
    }

    @Test
    void ownershipControlsAreAlwaysSetOnABucketTheFilesCreateOrWhenTheyManageThem() {
        assertThat(findings(Validation.withBucket(b -> b.withManageOwnershipControls(false)),
                BucketSettingRules.OWNERSHIP_NOT_SET)).isEmpty();
        assertThat(findings(Validation.withBucket(b -> b.withManage(false)), BucketSettingRules.OWNERSHIP_NOT_SET)).isEmpty();
    }

    @Test
    void plainHttpAllowedIsASecurityWarning() {
        var design = Validation.withBucket(b -> b.withDenyInsecureTransport(false));

        assertThat(findings(design, BucketSettingRules.INSECURE_TRANSPORT_ALLOWED))
                .extracting(f -> f.location().text()).containsExactly("bucket.denyInsecureTransport");
    }

    @Test
    void blockPublicAccessOffIsASecurityWarning() {
        var design = Validation.withBucket(b -> b.withBlockPublicAccess(false));

        assertThat(findings(design, BucketSettingRules.BLOCK_PUBLIC_ACCESS_OFF))
                .extracting(f -> f.location().text()).containsExactly("bucket.blockPublicAccess");
    }

    @Test
    void blockPublicAccessIsNotJudgedForABucketTheDesignDoesNotManage() {
        var design = Validation.withBucket(b -> b.withManage(false).withBlockPublicAccess(false));

        assertThat(findings(design, BucketSettingRules.BLOCK_PUBLIC_ACCESS_OFF)).isEmpty();
    }
}
