package dev.s3grant.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.model.Language;
import dev.s3grant.text.Localizer;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class ArnPlaceholdersTest {

    private static final Localizer EN = Localizer.of(Language.EN);
    private static final Localizer JA = Localizer.of(Language.JA);

    @Test
    void aRoleArnWithoutAccountAndNameSaysWhatIsMissing() {
        assertThat(ArnPlaceholders.fill("arn:aws:iam:::role/", EN))
                .isEqualTo("arn:aws:iam::(account ID required):role/(role name required)");
        assertThat(ArnPlaceholders.fill("arn:aws:iam:::role/", JA))
                .isEqualTo("arn:aws:iam::（アカウント ID 未入力）:role/（ロール名未入力）");
    }

    @Test
    void aRoleUnderAPathWithoutANameSaysTheNameIsMissing() {
        assertThat(ArnPlaceholders.fill("arn:aws-cn:iam::111111111111:role/service/", EN))
                .isEqualTo("arn:aws-cn:iam::111111111111:role/service/(role name required)");
    }

    @Test
    void anObjectArnWithoutABucketNameSaysTheBucketIsMissing() {
        assertThat(ArnPlaceholders.fill("Resource: arn:aws:s3:::/incoming/*, arn:aws:s3:::", EN))
                .isEqualTo("Resource: arn:aws:s3:::(bucket name required)/incoming/*, arn:aws:s3:::(bucket name required)");
    }

    @Test
    void aRegionalArnWithoutRegionOrAccountSaysBoth() {
        assertThat(ArnPlaceholders.fill("arn:aws:kms:::key/*", EN))
                .isEqualTo("arn:aws:kms:(Region required):(account ID required):key/*");
    }

    @Test
    void aSessionOfARoleWithoutNameOrAccountSaysBoth() {
        assertThat(ArnPlaceholders.fill("arn:aws:sts:::assumed-role//ecs-task", EN))
                .isEqualTo("arn:aws:sts::(account ID required):assumed-role/(role name required)/ecs-task");
    }

    @Test
    void anArnAtTheEndOfASentenceKeepsTheFullStopOutside() {
        assertThat(ArnPlaceholders.fill("The bucket policy trusts arn:aws:iam:::root.", EN))
                .isEqualTo("The bucket policy trusts arn:aws:iam::(account ID required):root.");
        assertThat(ArnPlaceholders.fill("`arn:aws:iam:::role/` を信頼します。", JA))
                .isEqualTo("`arn:aws:iam::（アカウント ID 未入力）:role/（ロール名未入力）` を信頼します。");
    }

    @Test
    void completeArnsAndTextWithoutArnsStayAsTheyAre() {
        String text = "arn:aws:iam::111111111111:role/ecs-cross-account-s3-role, arn:aws:s3:::central-ingest/incoming/*, "
                + "arn:aws:kms:eu-west-1:222222222222:key/1234, arn:aws:sts::111111111111:assumed-role/r/s, "
                + "arn:aws:iam::111111111111:root and ecs-tasks.amazonaws.com";
        assertThat(ArnPlaceholders.fill(text, EN)).isEqualTo(text);
        assertThat(ArnPlaceholders.fill("no ARN here", EN)).isEqualTo("no ARN here");
        assertThat(ArnPlaceholders.fill(null, EN)).isNull();
    }

    @Property
    void anArnBuiltFromFilledInFieldsIsNeverChanged(@ForAll @NumericChars @StringLength(12) String account,
                                                    @ForAll @AlphaChars @StringLength(min = 1, max = 20) String role,
                                                    @ForAll @AlphaChars @StringLength(min = 3, max = 20) String bucket) {
        String text = "arn:aws:iam::" + account + ":role/" + role + " arn:aws:s3:::" + bucket.toLowerCase() + "/*";
        assertThat(ArnPlaceholders.fill(text, EN)).isEqualTo(text);
    }

    @Property
    void fillingTwiceChangesNothingMore(@ForAll("halfBuilt") String arn) {
        String once = ArnPlaceholders.fill(arn, EN);
        assertThat(ArnPlaceholders.fill(once, EN)).isEqualTo(once).doesNotContain(":::role/", "::key/");
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> halfBuilt() {
        return net.jqwik.api.Arbitraries.of("arn:aws:iam:::role/", "arn:aws:iam:::root", "arn:aws:s3:::/a/*",
                "arn:aws:kms:::key/*", "arn:aws:sts:::assumed-role//s", "arn:aws:iam::111111111111:role/p/",
                "arn:aws:iam::111111111111:role/");
    }
}
