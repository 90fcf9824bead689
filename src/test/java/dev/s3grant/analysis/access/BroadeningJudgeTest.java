package dev.s3grant.analysis.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.policy.PolicyDocument;
import dev.s3grant.policy.PolicyJson;
import org.junit.jupiter.api.Test;

/**
 * The judge on policies in the shape of AWS's documentation examples (written here in our own
 * words): negated operators in a Deny, IfExists, NotAction, numeric bounds and service principals.
 */
class BroadeningJudgeTest {

    static PolicyDocument policy(String statements) {
        return PolicyJson.parse("{\"Version\":\"2012-10-17\",\"Statement\":[" + statements + "]}");
    }

    static final String ALLOW_ORG = "{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:PutObject\","
            + "\"Resource\":\"arn:aws:s3:::bkt/*\"}";

    static String denyOutside(String operator, String org) {
        return "{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"s3:*\",\"Resource\":\"arn:aws:s3:::bkt/*\","
                + "\"Condition\":{\"" + operator + "\":{\"aws:PrincipalOrgID\":\"" + org + "\"}}}";
    }

    @Test
    void aDenyWithANegatedOperatorThatNamesAnotherOrganizationLetsOthersIn() {
        PolicyDocument old = policy(ALLOW_ORG + "," + denyOutside("StringNotEquals", "o-aaaaaaaaaa"));
        PolicyDocument now = policy(ALLOW_ORG + "," + denyOutside("StringNotEquals", "o-bbbbbbbbbb"));

        assertThat(BroadeningJudge.broadening(old, now)).hasValueSatisfying(request ->
                assertThat(request.context().values("aws:PrincipalOrgID")).isNotEqualTo(
                        java.util.Optional.of(java.util.List.of("o-aaaaaaaaaa"))));
    }

    @Test
    void anAllowConditionMadeIfExistsLetsRequestsWithoutTheKeyIn() {
        String template = "{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:PutObject\","
                + "\"Resource\":\"arn:aws:s3:::bkt/*\",\"Condition\":{\"%s\":{\"aws:PrincipalOrgID\":\"o-aaaaaaaaaa\"}}}";
        PolicyDocument old = policy(template.formatted("StringEquals"));
        PolicyDocument now = policy(template.formatted("StringEqualsIfExists"));

        assertThat(BroadeningJudge.broadening(old, now)).hasValueSatisfying(request ->
                assertThat(request.context().has("aws:PrincipalOrgID")).isFalse());
        assertThat(BroadeningJudge.broadening(now, old)).isEmpty();
    }

    @Test
    void aNegatedDenyMadeIfExistsIsTheSameAccessBecauseBothHoldWithoutTheKey() {
        PolicyDocument old = policy(ALLOW_ORG + "," + denyOutside("StringNotEquals", "o-aaaaaaaaaa"));
        PolicyDocument now = policy(ALLOW_ORG + "," + denyOutside("StringNotEqualsIfExists", "o-aaaaaaaaaa"));

        assertThat(BroadeningJudge.broadening(old, now)).isEmpty();
        assertThat(BroadeningJudge.broadening(now, old)).isEmpty();
    }

    @Test
    void aNotActionDenyThatExemptsOneMoreActionBroadens() {
        String allowAll = "{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"*\"}";
        PolicyDocument old = policy(allowAll + ",{\"Effect\":\"Deny\",\"NotAction\":\"s3:GetObject\",\"Resource\":\"*\"}");
        PolicyDocument now = policy(allowAll + ",{\"Effect\":\"Deny\",\"NotAction\":[\"s3:GetObject\",\"s3:PutObject\"],\"Resource\":\"*\"}");

        assertThat(BroadeningJudge.broadening(old, now)).hasValueSatisfying(r -> assertThat(r.action()).isEqualTo("s3:PutObject"));
        assertThat(BroadeningJudge.broadening(now, old)).isEmpty();
    }

    @Test
    void aRaisedNumericBoundBroadensAndALoweredOneDoesNot() {
        String template = "{\"Effect\":\"Allow\",\"Action\":\"s3:ListBucket\",\"Resource\":\"arn:aws:s3:::bkt\","
                + "\"Condition\":{\"NumericLessThanEquals\":{\"s3:max-keys\":\"%s\"}}}";
        PolicyDocument ten = policy(template.formatted("10"));
        PolicyDocument twenty = policy(template.formatted("20"));

        assertThat(BroadeningJudge.broadening(ten, twenty)).isPresent();
        assertThat(BroadeningJudge.broadening(twenty, ten)).isEmpty();
    }

    @Test
    void aSecondServiceInATrustPolicyBroadensAndASourceAccountConditionNarrows() {
        String trust = "{\"Effect\":\"Allow\",\"Principal\":{\"Service\":%s},\"Action\":\"sts:AssumeRole\"%s}";
        PolicyDocument ecs = policy(trust.formatted("\"ecs-tasks.amazonaws.com\"", ""));
        PolicyDocument two = policy(trust.formatted("[\"ecs-tasks.amazonaws.com\",\"lambda.amazonaws.com\"]", ""));
        PolicyDocument pinned = policy(trust.formatted("\"ecs-tasks.amazonaws.com\"",
                ",\"Condition\":{\"StringEquals\":{\"aws:SourceAccount\":\"111111111111\"}}"));

        assertThat(BroadeningJudge.broadening(ecs, two)).hasValueSatisfying(
                r -> assertThat(r.caller().arn()).isEqualTo("lambda.amazonaws.com"));
        assertThat(BroadeningJudge.broadening(ecs, pinned)).isEmpty();
        assertThat(BroadeningJudge.broadening(pinned, ecs)).isPresent();
    }
}
