package dev.s3grant.analysis.findings;

import static dev.s3grant.analysis.findings.Validation.EXAMPLE;
import static dev.s3grant.analysis.findings.Validation.findings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.s3grant.analysis.Finding;
import dev.s3grant.model.Partition;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AccountRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "11111111111", "1111111111111", "11111111111a", "*", "1111-1111-1111", "１１１１１１１１１１１１"})
    void accountIdThatIsNotTwelveDigitsIsAnError(String accountId) {
        var design = Validation.withWriter(w -> w.withAccountId(accountId));

        assertThat(findings(design, AccountRules.INVALID_ACCOUNT_ID))
                .extracting(f -> f.location().text(), f -> f.message().args())
                .containsExactly(tuple("writers[0].accountId", List.of(accountId)));
    }

    @Test
    void bucketOwnerAccountIdIsCheckedToo() {
        var design = EXAMPLE.withBucketOwner(EXAMPLE.bucketOwner().withAccountId("22222222222"));

        assertThat(findings(design, AccountRules.INVALID_ACCOUNT_ID))
                .extracting(f -> f.location().text()).containsExactly("bucketOwner.accountId");
    }

    @Test
    void accountIdWithLeadingZerosIsValid() {
        var design = Validation.withWriter(w -> w.withAccountId("012345678901"));

        assertThat(findings(design, AccountRules.INVALID_ACCOUNT_ID)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"o-a1b2", "o-A1B2C3D4E5", "a1b2c3d4e5", "o-a1b2c3d4e5*", "o-a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6q"})
    void malformedOrganizationIdIsAnError(String org) {
        assertThat(findings(EXAMPLE.withOrganizationId(org), AccountRules.INVALID_ORGANIZATION_ID))
                .extracting(f -> f.location().text(), f -> f.message().args())
                .containsExactly(tuple("organizationId", List.of(org)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"o-a1b2c3d4e5", "o-abcdefghijklmnopqrstuvwxyz012345"})
    void wellFormedOrganizationIdRaisesNothing(String org) {
        assertThat(findings(EXAMPLE.withOrganizationId(org), AccountRules.INVALID_ORGANIZATION_ID)).isEmpty();
    }

    @Test
    void missingOrganizationIdIsASuggestionOnly() {
        var design = EXAMPLE.withOrganizationId("");

        assertThat(findings(design, AccountRules.NO_ORGANIZATION)).extracting(f -> f.location().text())
                .containsExactly("organizationId");
        assertThat(findings(design, AccountRules.INVALID_ORGANIZATION_ID)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "tokyo", "AP-NORTHEAST-1", "ap-northeast", "ap-northeast-1a", "apnortheast1"})
    void somethingOtherThanARegionCodeIsAnError(String region) {
        assertThat(findings(EXAMPLE.withRegion(region), AccountRules.INVALID_REGION))
                .extracting(f -> f.location().text(), f -> f.message().args())
                .containsExactly(tuple("region", List.of(region)));
    }

    @ParameterizedTest
    @CsvSource({"aws,us-east-1", "aws,il-central-1", "aws,ap-southeast-5", "aws-cn,cn-north-1", "aws-cn,cn-northwest-1",
            "aws-us-gov,us-gov-west-1", "aws-us-gov,us-gov-east-1"})
    void regionOfItsPartitionRaisesNothing(String partition, String region) {
        var design = EXAMPLE.withPartition(Partition.fromId(partition)).withRegion(region);

        assertThat(findings(design, AccountRules.INVALID_REGION)).isEmpty();
        assertThat(findings(design, AccountRules.REGION_OUTSIDE_PARTITION)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"aws-cn,ap-northeast-1", "aws,cn-north-1", "aws,us-gov-west-1", "aws-us-gov,us-east-1", "aws,us-iso-east-1"})
    void regionOfAnotherPartitionIsAnError(String partition, String region) {
        var design = EXAMPLE.withPartition(Partition.fromId(partition)).withRegion(region);

        assertThat(findings(design, AccountRules.REGION_OUTSIDE_PARTITION))
                .extracting(f -> f.location().text(), f -> f.message().args())
                .containsExactly(tuple("region", List.of(region, partition)));
    }

    @Test
    void writerInTheBucketOwnerAccountIsAWarning() {
        var design = Validation.withWriter(w -> w.withAccountId("222222222222"));

        assertThat(findings(design, AccountRules.WRITER_IS_BUCKET_OWNER))
                .extracting(f -> f.location().text(), f -> f.message().args())
                .containsExactly(tuple("writers[0].accountId", List.of("A", "222222222222")));
    }

    @Test
    void organizationGuardSwitchedOffIsASecurityWarning() {
        var design = Validation.withOptions(o -> o.withOrgGuard(false));

        assertThat(findings(design, AccountRules.ORG_GUARD_OFF)).extracting(f -> f.location().text())
                .containsExactly("options.orgGuard");
    }
}
