package dev.s3grant.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.analysis.Finding;
import dev.s3grant.analysis.Severity;
import dev.s3grant.io.DesignFiles;
import dev.s3grant.model.Design;
import dev.s3grant.model.EncryptionType;
import dev.s3grant.model.PrincipalStyle;
import dev.s3grant.model.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hundreds of writer accounts that deploy one role: in the shared-role style the design validates with no ERROR,
 * the bucket policy stays under S3's 20,480 bytes, and the access check holds for every writer.
 */
class SharedRoleScaleTest {

    /** The example with {@code count} writers on one role, under SSE-KMS with a key the files create and two prefixes. */
    static Design writersSharingARole(int count, PrincipalStyle style) {
        Design example = DesignFiles.example();
        Writer first = example.writers().get(0).withRoleName("ingest-writer").withRolePath("/workloads/");
        List<Writer> writers = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            writers.add(first.withAlias(String.format(Locale.ROOT, "team%03d", i))
                    .withAccountId(String.format(Locale.ROOT, "3%011d", i)));
        }
        return example.withWriters(writers)
                .withBucket(example.bucket().withKeyPrefixes(List.of("incoming/", "landing/"))
                        .withEncryption(example.bucket().encryption().withType(EncryptionType.SSE_KMS).withManageKey(true)))
                .withOptions(example.options().withPrincipalStyle(style));
    }

    @ParameterizedTest
    @ValueSource(ints = {100, 500})
    void hundredsOfWritersSharingARoleValidateWithNoErrorUnderTheSizeLimit(int count) {
        DesignArtifacts artifacts = GrantDesigner.artifacts(writersSharingARole(count, PrincipalStyle.SHARED_ROLE));

        assertThat(artifacts.findings()).filteredOn(f -> f.severity() == Severity.ERROR).extracting(Finding::code).isEmpty();
        assertThat(artifacts.policies().bucketPolicy().size().used()).isLessThan(20_480);
        assertThat(artifacts.policies().bucketPolicy().document().statements()).extracting(s -> s.sid())
                .containsExactly("AllowPutFromSharedRole", "DenyOtherKmsKeys", "DenyEncryptionOtherThanKms", "DenyInsecureTransport");
        assertThat(artifacts.policies().keyPolicy().orElseThrow().size().overLimit()).isFalse();
        assertThat(artifacts.accessMatrix().allMatch()).isTrue();
        assertThat(artifacts.accessMatrix().rows()).filteredOn(r -> r.description().key().equals("access.row.put"))
                .hasSize(count * 2);
    }

    @ParameterizedTest
    @ValueSource(ints = {100, 500})
    void thePerWriterStyleOfTheSameDesignIsOverTheLimitAndSuggestsTheSharedRole(int count) {
        DesignArtifacts artifacts = GrantDesigner.artifacts(writersSharingARole(count, PrincipalStyle.ACCOUNT_WITH_ROLE_CONDITION));

        assertThat(artifacts.findings()).extracting(Finding::code).contains("S3G-090", "S3G-092");
    }
}
