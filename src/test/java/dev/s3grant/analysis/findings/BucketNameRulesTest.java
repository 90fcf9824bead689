package dev.s3grant.analysis.findings;

import static dev.s3grant.analysis.findings.Validation.findings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.s3grant.analysis.Finding;
import dev.s3grant.model.Design;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BucketNameRulesTest {

    private static Design named(String name) {
        return Validation.withBucket(b -> b.withName(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "central-ingest-222222222222", "my.bucket.name", "a1-b2", "xn-a", "s3alias-bucket",
            "a23456789012345678901234567890123456789012345678901234567890123"})
    void nameThatFollowsTheRulesRaisesNothing(String name) {
        assertThat(Validation.validate(named(name))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"ab,2", "a,1", "a234567890123456789012345678901234567890123456789012345678901234,64"})
    void nameShorterThan3OrLongerThan63IsAnError(String name, int length) {
        assertThat(findings(named(name), BucketNameRules.LENGTH))
                .extracting(f -> f.location().text(), f -> f.message().args())
                .containsExactly(tuple("bucket.name", List.of(name, length)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Central-Ingest", "central_ingest", "-central", "central-", ".central", "central.", "central..ingest",
            "central ingest", "bücket"})
    void nameWithForbiddenCharactersOrEdgesIsAnError(String name) {
        assertThat(findings(named(name), BucketNameRules.CHARACTERS))
                .extracting(f -> f.location().text(), f -> f.message().args())
                .containsExactly(tuple("bucket.name", List.of(name)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"192.168.5.4", "10.0.0.1"})
    void nameFormattedAsAnIpAddressIsAnError(String name) {
        assertThat(findings(named(name), BucketNameRules.IP_ADDRESS)).extracting(f -> f.location().text())
                .containsExactly("bucket.name");
    }

    @ParameterizedTest
    @CsvSource({"xn--bucket,xn--", "sthree-bucket,sthree-", "sthree-configurator-x,sthree-", "amzn-s3-demo-bucket,amzn-s3-demo-",
            "bucket-s3alias,-s3alias", "bucket--ol-s3,--ol-s3", "bucket.mrap,.mrap", "bucket--x-s3,--x-s3",
            "bucket--table-s3,--table-s3"})
    void nameWithAReservedPrefixOrSuffixIsAnError(String name, String reserved) {
        assertThat(findings(named(name), BucketNameRules.RESERVED))
                .extracting(f -> f.location().text(), f -> f.message().args())
                .containsExactly(tuple("bucket.name", List.of(name, reserved)));
    }
}
