package dev.s3grant.analysis.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.policy.Condition;
import dev.s3grant.policy.Effect;
import dev.s3grant.policy.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Policy variables as https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html
 * describes them: <code>${*}</code>, <code>${?}</code> and <code>${$}</code> are the characters themselves,
 * other variables take the request's value or their default.
 */
class PolicyVariablesTest {

    private static final String BUCKET = "arn:aws:s3:::central-ingest-222222222222/";

    private static boolean resourceMatches(String pattern, String resource, RequestContext context) {
        Statement s = Statement.of("S", Effect.Allow, null, List.of("s3:PutObject"), List.of(pattern), List.of());
        return StatementMatcher.resourceMatches(s, resource, context);
    }

    @ParameterizedTest(name = "{0} ~ {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "incoming${*}/*|incoming*/x|true",
            "incoming${*}/*|incomingXYZ/x|false",
            "incoming${*}/*|incoming/x|false",
            "drop${?}zone/*|drop?zone/a|true",
            "drop${?}zone/*|dropXzone/a|false",
            "price${$}/*|price$/a|true",
            "home/${$}{aws:username}/*|home/${aws:username}/a|true",
            "home/${$}{aws:username}/*|home/carlos/a|false",
            "a${*}*|a*|true",
            "a${*}*|a|false",
            "a?${?}|ab?|true",
            "a?${?}|abc|false"})
    void fixedVariablesStandForThemselvesInTheResource(String pattern, String key, boolean expected) {
        assertThat(resourceMatches(BUCKET + pattern, BUCKET + key, RequestContext.empty())).isEqualTo(expected);
    }

    @Test
    void aVariableTakesTheRequestsValueAsTextAndAMissingKeyMatchesNothing() {
        RequestContext carlos = RequestContext.empty().with("aws:username", "carlos");
        RequestContext star = RequestContext.empty().with("aws:username", "*");

        assertThat(resourceMatches(BUCKET + "home/${aws:username}/*", BUCKET + "home/carlos/a", carlos)).isTrue();
        assertThat(resourceMatches(BUCKET + "home/${aws:username}/*", BUCKET + "home/maria/a", carlos)).isFalse();
        assertThat(resourceMatches(BUCKET + "home/${aws:username}/*", BUCKET + "home/maria/a", star)).isFalse();
        assertThat(resourceMatches(BUCKET + "home/${aws:username}/*", BUCKET + "home/*/a", star)).isTrue();
        assertThat(resourceMatches(BUCKET + "home/${aws:username}/*", BUCKET + "home/${aws:username}/a",
                RequestContext.empty())).isFalse();
    }

    @Test
    void aDefaultValueStandsInForAMissingKey() {
        String pattern = BUCKET + "${aws:PrincipalTag/team, 'company-wide'}/*";

        assertThat(resourceMatches(pattern, BUCKET + "company-wide/a", RequestContext.empty())).isTrue();
        assertThat(resourceMatches(pattern, BUCKET + "red/a", RequestContext.empty().with("aws:PrincipalTag/team", "red"))).isTrue();
        assertThat(resourceMatches(pattern, BUCKET + "company-wide/a",
                RequestContext.empty().with("aws:PrincipalTag/team", "red"))).isFalse();
    }

    @Test
    void aKeyWithSeveralValuesCannotBeAVariable() {
        RequestContext two = RequestContext.empty().with("aws:TagKeys", "a", "b");

        assertThat(resourceMatches(BUCKET + "${aws:TagKeys}/*", BUCKET + "a/x", two)).isFalse();
    }

    @Test
    void aDollarBraceWithoutClosingBraceIsText() {
        assertThat(resourceMatches(BUCKET + "a${b/*", BUCKET + "a${b/x", RequestContext.empty())).isTrue();
    }

    @Test
    void notResourceWithAnEscapedWildcardExemptsOnlyTheLiteralKey() {
        Statement s = new Statement("S", Effect.Deny, null, null, List.of("s3:PutObject"), List.of(), List.of(),
                List.of(BUCKET + "incoming${*}/*"), List.of());

        assertThat(StatementMatcher.resourceMatches(s, BUCKET + "incoming*/x", RequestContext.empty())).isFalse();
        assertThat(StatementMatcher.resourceMatches(s, BUCKET + "incomingXYZ/x", RequestContext.empty())).isTrue();
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvSource(delimiter = '|', value = {
            "ArnEquals|arn:aws:iam::111111111111:role/team${*}/writer|arn:aws:iam::111111111111:role/team*/writer|true",
            "ArnEquals|arn:aws:iam::111111111111:role/team${*}/writer|arn:aws:iam::111111111111:role/teamX/writer|false",
            "ArnEquals|arn:aws:iam::111111111111:role/team*/writer|arn:aws:iam::111111111111:role/teamX/writer|true",
            "ArnLike|arn:aws:iam::111111111111:role/t${?}/w|arn:aws:iam::111111111111:role/tX/w|false",
            "ArnNotEquals|arn:aws:iam::111111111111:role/team${*}/writer|arn:aws:iam::111111111111:role/teamX/writer|true",
            "StringLike|in${*}/*|in*/a|true",
            "StringLike|in${*}/*|inX/a|false",
            "StringEquals|in*|in*|true",
            "StringEquals|in${*}|in*|true",
            "StringEquals|a${$}b|a$b|true",
            "NumericEquals|${$}1|1|false"})
    void conditionValuesOfStringAndArnOperatorsResolveTheirVariables(String operator, String policyValue,
            String requestValue, boolean expected) {
        Condition condition = Condition.of(operator, "k", policyValue);

        assertThat(ConditionEvaluator.holds(condition, RequestContext.empty().with("k", requestValue))).isEqualTo(expected);
    }
}
