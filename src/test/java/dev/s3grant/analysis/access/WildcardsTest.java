package dev.s3grant.analysis.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WildcardsTest {

    @ParameterizedTest(name = "{0} ~ {1} -> {2}")
    @CsvSource({
            "*, anything, true",
            "*, '', true",
            "s3:Put*, s3:PutObject, true",
            "s3:Put*, s3:GetObject, false",
            "s3:*Object*, s3:PutObjectTagging, true",
            "a?c, abc, true",
            "a?c, ac, false",
            "a*b*c, aXXbYYc, true",
            "a*b*c, aXXcYYb, false",
            "arn:aws:s3:::bucket/in/*, arn:aws:s3:::bucket/in/x/y.txt, true",
            "arn:aws:s3:::bucket/in/*, arn:aws:s3:::bucket/out/x, false",
            "arn:aws:s3:::*log*, arn:aws:s3:::carlossalazar-logs/file, true",
            "'', '', true",
            "'', a, false",
            "*a, *ba, true"})
    void globsMatchAsIamDoes(String pattern, String value, boolean expected) {
        assertThat(Wildcards.matches(pattern, value, false)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} vs {1}: case-sensitive {2}, ignoring case {3}")
    @CsvSource({
            "s3:putobject, s3:PutObject, false, true",
            "arn:aws:s3:::Production/*, arn:aws:s3:::production/x, false, true"})
    void caseMattersUnlessIgnored(String pattern, String value, boolean sensitive, boolean insensitive) {
        assertThat(Wildcards.matches(pattern, value, false)).isEqualTo(sensitive);
        assertThat(Wildcards.matches(pattern, value, true)).isEqualTo(insensitive);
    }

    @ParameterizedTest(name = "{0} ~arn {1} -> {2}")
    @CsvSource({
            "arn:aws:ecs:ap-northeast-1:111111111111:*, arn:aws:ecs:ap-northeast-1:111111111111:task/c/1, true",
            "arn:aws:ecs:ap-northeast-1:111111111111:*, arn:aws:ecs:ap-northeast-1:999999999999:task/c/1, false",
            "arn:aws:states:*:111111111111:stateMachine:*, arn:aws:states:us-east-1:111111111111:stateMachine:m, true",
            "*, not-even-an-arn, true",
            "arn:aws:iam::1:role/x, not-an-arn, false"})
    void arnPatternsMatchPartByPart(String pattern, String value, boolean expected) {
        assertThat(Wildcards.arnMatches(pattern, value)).isEqualTo(expected);
    }
}
