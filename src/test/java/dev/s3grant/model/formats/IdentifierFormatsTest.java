package dev.s3grant.model.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The identifier formats say what docs/aws-rules.md#identifier-formats and the AWS pages say, on the values that matter. */
class IdentifierFormatsTest {

    @Test
    void accountIdsAreTwelveDigitsAndNothingElse() {
        IdentifierFormat f = IdentifierFormats.ACCOUNT_ID;
        assertThat(f.accepts("111111111111")).isTrue();
        assertThat(f.accepts("11111111111")).isFalse();
        assertThat(f.accepts("1111111111112")).isFalse();
        assertThat(f.accepts("111111111111\n")).as("Java's $ would accept a final line break; RE2's does not").isFalse();
        assertThat(f.accepts("11111111111a")).isFalse();
        assertThat(f.accepts("١١١١١١١١١١١١")).as("Arabic-Indic digits").isFalse();
    }

    @Test
    void organizationIdsAreOdashAndTenToThirtyTwoLowercaseCharacters() {
        IdentifierFormat f = IdentifierFormats.ORGANIZATION_ID;
        assertThat(f.accepts("o-a1b2c3d4e5")).isTrue();
        assertThat(f.accepts("o-" + "a".repeat(32))).isTrue();
        assertThat(f.accepts("o-a1b2c3d4e")).isFalse();
        assertThat(f.accepts("o-" + "a".repeat(33))).isFalse();
        assertThat(f.accepts("o-A1B2C3D4E5")).isFalse();
        assertThat(f.accepts("r-a1b2c3d4e5")).isFalse();
    }

    @Test
    void regionsAreRegionCodes() {
        IdentifierFormat f = IdentifierFormats.REGION;
        assertThat(f.accepts("ap-northeast-1")).isTrue();
        assertThat(f.accepts("us-gov-west-1")).isTrue();
        assertThat(f.accepts("cn-north-1")).isTrue();
        assertThat(f.accepts("tokyo")).isFalse();
        assertThat(f.accepts("ap-northeast")).isFalse();
        assertThat(f.accepts("AP-NORTHEAST-1")).isFalse();
        assertThat(f.accepts("ap-northeast-100")).isFalse();
    }

    @Test
    void bucketNamesFollowTheS3NamingRulesOneCheckAtATime() {
        assertThat(IdentifierFormats.BUCKET_NAME.accepts("central-ingest-222222222222")).isTrue();
        assertThat(IdentifierFormats.BUCKET_NAME.accepts("a.b-c")).isTrue();
        assertThat(IdentifierFormats.BUCKET_LENGTH.passes("ab")).isFalse();
        assertThat(IdentifierFormats.BUCKET_LENGTH.passes("a".repeat(63))).isTrue();
        assertThat(IdentifierFormats.BUCKET_LENGTH.passes("a".repeat(64))).isFalse();
        assertThat(IdentifierFormats.BUCKET_LENGTH.passes("é".repeat(63))).as("counted in characters").isTrue();
        assertThat(IdentifierFormats.BUCKET_CHARACTERS.passes("")).as("the empty name is a length problem only").isTrue();
        assertThat(IdentifierFormats.BUCKET_CHARACTERS.passes("Upper")).isFalse();
        assertThat(IdentifierFormats.BUCKET_CHARACTERS.passes("-start")).isFalse();
        assertThat(IdentifierFormats.BUCKET_CHARACTERS.passes("end-")).isFalse();
        assertThat(IdentifierFormats.BUCKET_CHARACTERS.passes("two..dots")).isFalse();
        assertThat(IdentifierFormats.BUCKET_IP_ADDRESS.passes("192.168.5.4")).isFalse();
        assertThat(IdentifierFormats.BUCKET_IP_ADDRESS.passes("1234.168.5.4")).isTrue();
        assertThat(IdentifierFormats.BUCKET_RESERVED.passes("xn--bucket")).isFalse();
        assertThat(IdentifierFormats.BUCKET_RESERVED.passes("sthree-bucket")).isFalse();
        assertThat(IdentifierFormats.BUCKET_RESERVED.passes("amzn-s3-demo-bucket")).isFalse();
        assertThat(IdentifierFormats.BUCKET_RESERVED.passes("bucket-s3alias")).isFalse();
        assertThat(IdentifierFormats.BUCKET_RESERVED.passes("bucket--ol-s3")).isFalse();
        assertThat(IdentifierFormats.BUCKET_RESERVED.passes("bucket.mrap")).isFalse();
        assertThat(IdentifierFormats.BUCKET_RESERVED.passes("bucketxmrap")).as("the dot is literal").isTrue();
        assertThat(IdentifierFormats.BUCKET_RESERVED.passes("bucket--x-s3")).isFalse();
        assertThat(IdentifierFormats.BUCKET_RESERVED.passes("bucket--table-s3")).isFalse();
    }

    @Test
    void roleNamesAreUpToSixtyFourWordCharactersOrPlusEqualsCommaDotAtDash() {
        IdentifierFormat f = IdentifierFormats.ROLE_NAME;
        assertThat(f.accepts("a+b=c,d.e@f_g-h")).isTrue();
        assertThat(f.accepts("r".repeat(64))).isTrue();
        assertThat(f.accepts("r".repeat(65))).isFalse();
        assertThat(f.accepts("")).isFalse();
        assertThat(f.accepts("has space")).isFalse();
        assertThat(f.accepts("path/role")).isFalse();
        assertThat(f.accepts("rôle")).as("\\w is ASCII in both engines").isFalse();
    }

    @Test
    void rolePathsAreASlashOrPrintableAsciiBetweenSlashes() {
        IdentifierFormat f = IdentifierFormats.ROLE_PATH;
        assertThat(f.accepts("/")).isTrue();
        assertThat(f.accepts("/team-a/ingest/")).isTrue();
        assertThat(f.accepts("/" + "a".repeat(510) + "/")).isTrue();
        assertThat(f.accepts("/" + "a".repeat(511) + "/")).isFalse();
        assertThat(f.accepts("service-roles")).isFalse();
        assertThat(f.accepts("/with space/")).isFalse();
        assertThat(f.accepts("//")).isFalse();
    }

    @Test
    void keyPrefixesAreUsableInAPolicy() {
        IdentifierFormat f = IdentifierFormats.KEY_PREFIX;
        assertThat(f.accepts("incoming/")).isTrue();
        assertThat(f.accepts("日本/")).isTrue();
        assertThat(f.accepts("")).isFalse();
        assertThat(f.accepts("incoming/*")).as("the policies escape a literal *").isTrue();
        assertThat(f.accepts("in?coming/")).as("the policies escape a literal ?").isTrue();
        assertThat(f.accepts("${aws:username}/")).as("the policies escape a literal $").isTrue();
        assertThat(f.accepts("line\nbreak/")).isFalse();
        assertThat(f.accepts("c1\u0085/")).as("a C1 control character").isFalse();
        assertThat(f.accepts("a".repeat(1024))).isTrue();
        assertThat(f.accepts("a".repeat(1023) + "é")).as("1,025 UTF-8 bytes").isFalse();
    }

    @Test
    void theKmsKeyIsAFullKeyArnNotAnAlias() {
        IdentifierFormat f = IdentifierFormats.KMS_KEY_ARN;
        assertThat(f.accepts("arn:aws:kms:ap-northeast-1:222222222222:key/1234abcd-12ab-34cd-56ef-1234567890ab")).isTrue();
        assertThat(f.accepts("arn:aws-cn:kms:cn-north-1:222222222222:key/mrk-1234abcd12ab34cd56ef1234567890ab")).isTrue();
        assertThat(f.accepts("arn:aws:kms:ap-northeast-1:222222222222:alias/aws/s3")).isFalse();
        assertThat(f.accepts("alias/my-key")).isFalse();
        assertThat(f.accepts("arn:aws-iso:kms:us-iso-east-1:222222222222:key/1234abcd-12ab-34cd-56ef-1234567890ab")).isFalse();
        assertThat(f.accepts("1234abcd-12ab-34cd-56ef-1234567890ab")).isFalse();
    }

    @Test
    void expressionsOutsideTheCommonSubsetOfRe2AndJavaAreRefused() {
        assertThatThrownBy(() -> new ValueTest.Matches("^a$|^b$")).as("$ before the end").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ValueTest.Matches("^a.b$")).as(". differs on line terminators").isInstanceOf(IllegalArgumentException.class);
        assertThat(new ValueTest.Matches("(?s)^a.b$").passes("a\u2028b")).isTrue();
        assertThat(new ValueTest.Matches("^[a.]$").passes(".")).isTrue();
    }
}
