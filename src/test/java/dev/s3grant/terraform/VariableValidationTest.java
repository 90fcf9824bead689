package dev.s3grant.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The validation regexes of variables.tf say what DOMAIN.md §7.14 says. They are RE2 expressions
 * applied with Terraform's {@code regex} (a search); Java's engine agrees on these once {@code $}
 * is read as the end of the text.
 */
class VariableValidationTest {

    private static boolean passes(VariableValidation v, String value) {
        String re2 = v.regex().endsWith("$") ? v.regex().substring(0, v.regex().length() - 1) + "\\z" : v.regex();
        return Pattern.compile(re2).matcher(value).find() == v.mustMatch();
    }

    private static boolean passesAll(List<VariableValidation> rules, String value) {
        return rules.stream().allMatch(v -> passes(v, value));
    }

    @Test
    void accountIdsAreTwelveDigits() {
        VariableValidation rule = VariableValidation.matches(VariableCatalog.ACCOUNT_ID_REGEX, "m");
        assertThat(passes(rule, "111111111111")).isTrue();
        assertThat(passes(rule, "11111111111")).isFalse();
        assertThat(passes(rule, "1111111111112")).isFalse();
        assertThat(passes(rule, "111111111111\n")).isFalse();
        assertThat(passes(rule, "11111111111a")).isFalse();
    }

    @Test
    void organizationIdsAreOdashAndTenToThirtyTwoCharacters() {
        VariableValidation rule = VariableCatalog.ORGANIZATION_RULE;
        assertThat(passes(rule, "o-a1b2c3d4e5")).isTrue();
        assertThat(passes(rule, "o-" + "a".repeat(32))).isTrue();
        assertThat(passes(rule, "o-a1b2c3d4e")).isFalse();
        assertThat(passes(rule, "o-" + "a".repeat(33))).isFalse();
        assertThat(passes(rule, "o-A1B2C3D4E5")).isFalse();
        assertThat(passes(rule, "r-a1b2c3d4e5")).isFalse();
    }

    @Test
    void bucketNamesFollowTheS3NamingRules() {
        List<VariableValidation> rules = VariableCatalog.BUCKET_RULES;
        assertThat(passesAll(rules, "central-ingest-222222222222")).isTrue();
        assertThat(passesAll(rules, "a.b-c")).isTrue();
        assertThat(passesAll(rules, "ab")).as("too short").isFalse();
        assertThat(passesAll(rules, "a".repeat(64))).as("too long").isFalse();
        assertThat(passesAll(rules, "Upper")).isFalse();
        assertThat(passesAll(rules, "-start")).isFalse();
        assertThat(passesAll(rules, "end-")).isFalse();
        assertThat(passesAll(rules, "192.168.1.10")).as("IP address").isFalse();
        assertThat(passesAll(rules, "xn--bucket")).isFalse();
        assertThat(passesAll(rules, "bucket-s3alias")).isFalse();
        assertThat(passesAll(rules, "bucket--ol-s3")).isFalse();
    }

    @Test
    void roleNamesAreUpToSixtyFourWordCharactersOrPlusEqualsCommaDotAtDash() {
        VariableValidation rule = VariableValidation.matches(VariableCatalog.ROLE_NAME_REGEX, "m");
        assertThat(passes(rule, "ecs-cross-account-s3-role")).isTrue();
        assertThat(passes(rule, "a+b=c,d.e@f_g-h")).isTrue();
        assertThat(passes(rule, "r".repeat(64))).isTrue();
        assertThat(passes(rule, "r".repeat(65))).isFalse();
        assertThat(passes(rule, "")).isFalse();
        assertThat(passes(rule, "has space")).isFalse();
        assertThat(passes(rule, "path/role")).isFalse();
    }

    @Test
    void theKmsKeyIsAFullKeyArnNotAnAlias() {
        VariableValidation rule = VariableCatalog.KMS_KEY_RULE;
        assertThat(passes(rule, "arn:aws:kms:ap-northeast-1:222222222222:key/1234abcd-12ab-34cd-56ef-1234567890ab")).isTrue();
        assertThat(passes(rule, "arn:aws-cn:kms:cn-north-1:222222222222:key/mrk-1234abcd")).isTrue();
        assertThat(passes(rule, "arn:aws:kms:ap-northeast-1:222222222222:alias/aws/s3")).isFalse();
        assertThat(passes(rule, "alias/my-key")).isFalse();
    }

    @Test
    void theConditionIsCanRegexOrItsNegation() {
        assertThat(HclRenderer.inline(VariableValidation.matches("^a$", "m").condition("x")))
                .isEqualTo("can(regex(\"^a$\", var.x))");
        assertThat(HclRenderer.inline(VariableValidation.doesNotMatch("^[0-9]+\\.", "m").condition("x")))
                .isEqualTo("!can(regex(\"^[0-9]+\\\\.\", var.x))");
    }
}
