package dev.s3grant.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.analysis.access.AccessMatrix;
import dev.s3grant.io.DesignFiles;
import dev.s3grant.model.Design;
import dev.s3grant.testing.TestDesigns;
import dev.s3grant.model.ObjectOwnership;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccessMatrixFacadeTest {

    @Test
    void theArtifactsCarryTheMatrixOfTheGeneratedPolicies() {
        Design example = DesignFiles.example();
        DesignArtifacts artifacts = GrantDesigner.artifacts(example);
        assertThat(artifacts.accessMatrix()).isEqualTo(AccessMatrix.of(example, artifacts.policies()));
        assertThat(artifacts.accessMatrix().allMatch()).isTrue();
    }

    @Test
    void theMatrixFollowsTheDesign() {
        Design example = DesignFiles.example();
        Design preferred = example.withBucket(example.bucket().withObjectOwnership(ObjectOwnership.BucketOwnerPreferred));
        assertThat(GrantDesigner.artifacts(preferred).accessMatrix().findings()).extracting(f -> f.code())
                .containsExactly("S3G-900", "S3G-900");
    }

    @Test
    void aWriterInTheBucketOwnersAccountIsAWarningAndNotAnAccessCheckError() {
        DesignArtifacts artifacts = GrantDesigner.artifacts(TestDesigns.load("writer-is-owner"));
        assertThat(artifacts.findings()).extracting(f -> f.code())
                .contains("S3G-005").doesNotContain(AccessMatrix.MISMATCH_CODE);
        assertThat(artifacts.accessMatrix().allMatch()).isTrue();
    }
}
