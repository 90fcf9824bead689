package dev.s3grant.analysis.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.policy.Condition;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The examples of https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html ,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html
 * and https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition_examples-multi-valued-context-keys.html .
 */
class ConditionEvaluatorTest {

    static RequestContext context(String... keyValues) {
        RequestContext c = RequestContext.empty();
        for (int i = 0; i < keyValues.length; i += 2) {
            c = c.with(keyValues[i], keyValues[i + 1]);
        }
        return c;
    }

    static boolean holds(String operator, String key, List<String> policyValues, RequestContext context) {
        return ConditionEvaluator.holds(new Condition(operator, key, policyValues), context);
    }

    static final RequestContext NOTHING = RequestContext.empty();

    @Nested
    @DisplayName("Condition operators page: reference_policies_elements_condition_operators.html")
    class Operators {

        @Test
        @DisplayName("StringEquals aws:PrincipalTag/job-category: a principal without the tag does not match")
        void stringEqualsOnAMissingTagIsFalse() {
            List<String> admin = List.of("iamuser-admin");
            assertThat(holds("StringEquals", "aws:PrincipalTag/job-category", admin,
                    context("aws:PrincipalTag/job-category", "iamuser-admin"))).isTrue();
            assertThat(holds("StringEquals", "aws:PrincipalTag/job-category", admin,
                    context("aws:PrincipalTag/job-category", "IAMUSER-ADMIN"))).isFalse();
            assertThat(holds("StringEquals", "aws:PrincipalTag/job-category", admin, NOTHING)).isFalse();
        }

        @Test
        @DisplayName("StringLike s3:prefix with home/ patterns: any one pattern suffices")
        void stringLikeMatchesAnyPattern() {
            List<String> patterns = List.of("", "home/", "home/carlos/*");
            assertThat(holds("StringLike", "s3:prefix", patterns, context("s3:prefix", "home/"))).isTrue();
            assertThat(holds("StringLike", "s3:prefix", patterns, context("s3:prefix", "home/carlos/photos/"))).isTrue();
            assertThat(holds("StringLike", "s3:prefix", patterns, context("s3:prefix", "home/maria/"))).isFalse();
            assertThat(holds("StringLike", "s3:prefix", List.of("t?.micro"), context("s3:prefix", "t2.micro"))).isTrue();
        }

        @ParameterizedTest(name = "s3:max-keys={0} -> {1}")
        @CsvSource({"10, true", "9, true", "11, false", "10.0, true", "ten, false"})
        @DisplayName("NumericLessThanEquals s3:max-keys 10: lists up to 10 objects at a time")
        void numericLessThanEquals(String maxKeys, boolean expected) {
            assertThat(holds("NumericLessThanEquals", "s3:max-keys", List.of("10"), context("s3:max-keys", maxKeys))).isEqualTo(expected);
        }

        @Test
        @DisplayName("The Numeric family compares numbers, not strings")
        void numericOperatorsCompareNumbers() {
            RequestContext nine = context("n", "9");
            assertThat(holds("NumericLessThan", "n", List.of("10"), nine)).isTrue();
            assertThat(holds("NumericGreaterThan", "n", List.of("10"), nine)).isFalse();
            assertThat(holds("NumericGreaterThanEquals", "n", List.of("9"), nine)).isTrue();
            assertThat(holds("NumericEquals", "n", List.of("9.00"), nine)).isTrue();
            assertThat(holds("NumericNotEquals", "n", List.of("9"), nine)).isFalse();
            assertThat(holds("NumericNotEquals", "n", List.of("10"), nine)).isTrue();
            assertThat(holds("NumericGreaterThan", "n", List.of("1"), context("n", "x"))).isFalse();
        }

        @Test
        @DisplayName("Bool aws:SecureTransport false: matches a plain HTTP request only; the key is always present")
        void boolMatchesTheValueIgnoringCase() {
            List<String> no = List.of("false");
            assertThat(holds("Bool", "aws:SecureTransport", no, context("aws:SecureTransport", "false"))).isTrue();
            assertThat(holds("Bool", "aws:SecureTransport", no, context("aws:SecureTransport", "FALSE"))).isTrue();
            assertThat(holds("Bool", "aws:SecureTransport", no, context("aws:SecureTransport", "true"))).isFalse();
        }

        @Test
        @DisplayName("ArnLike checks the six parts separately where StringLike lets * span colons")
        void arnLikeMatchesPartByPart() {
            String pattern = "arn:aws:someservice:*:111122223333:finance/*";
            RequestContext value = context("aws:SourceArn",
                    "arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/document.txt");
            assertThat(holds("StringLike", "aws:SourceArn", List.of(pattern), value)).isTrue();
            assertThat(holds("ArnLike", "aws:SourceArn", List.of(pattern), value)).isFalse();
            assertThat(holds("ArnEquals", "aws:SourceArn", List.of(pattern), value)).isFalse();
            assertThat(holds("ArnLike", "aws:SourceArn", List.of(pattern),
                    context("aws:SourceArn", "arn:aws:someservice:us-east-2:111122223333:finance/document.txt"))).isTrue();
        }

        @Test
        @DisplayName("ArnEquals aws:SourceArn (SNS to SQS): a user calling directly has no source ARN, so no match")
        void arnEqualsOnAMissingKeyIsFalse() {
            List<String> topic = List.of("arn:aws:sns:us-east-1:123456789012:TOPIC-ID");
            assertThat(holds("ArnEquals", "aws:SourceArn", topic, context("aws:SourceArn", "arn:aws:sns:us-east-1:123456789012:TOPIC-ID"))).isTrue();
            assertThat(holds("ArnEquals", "aws:SourceArn", topic, NOTHING)).isFalse();
        }

        @ParameterizedTest(name = "{0} on a missing key is true")
        @CsvSource({"StringNotEquals", "StringNotEqualsIgnoreCase", "StringNotLike", "ArnNotEquals", "ArnNotLike", "NumericNotEquals"})
        @DisplayName("Important box: a negated operator is true when the key is not in the request")
        void negatedOperatorsOnAMissingKeyAreTrue(String operator) {
            assertThat(holds(operator, "aws:PrincipalTag/team", List.of("1"), NOTHING)).isTrue();
        }

        @ParameterizedTest(name = "{0} on a missing key is false")
        @CsvSource({"StringEquals", "StringEqualsIgnoreCase", "StringLike", "ArnEquals", "ArnLike", "Bool",
                "NumericEquals", "NumericLessThan", "NumericLessThanEquals", "NumericGreaterThan", "NumericGreaterThanEquals"})
        @DisplayName("Important box: a positive operator is false when the key is not in the request")
        void positiveOperatorsOnAMissingKeyAreFalse(String operator) {
            assertThat(holds(operator, "aws:PrincipalTag/team", List.of("1"), NOTHING)).isFalse();
        }

        @Test
        @DisplayName("StringLikeIfExists ec2:InstanceType: resources without the key pass, others are checked")
        void ifExistsIsTrueWhenTheKeyIsMissing() {
            List<String> types = List.of("t1.*", "t2.*", "m3.*");
            assertThat(holds("StringLike", "ec2:InstanceType", types, NOTHING)).isFalse();
            assertThat(holds("StringLikeIfExists", "ec2:InstanceType", types, NOTHING)).isTrue();
            assertThat(holds("StringLikeIfExists", "ec2:InstanceType", types, context("ec2:InstanceType", "t2.micro"))).isTrue();
            assertThat(holds("StringLikeIfExists", "ec2:InstanceType", types, context("ec2:InstanceType", "m5.large"))).isFalse();
        }

        @Test
        @DisplayName("A Deny with StringNotEqualsIfExists still denies when the key is missing")
        void negatedIfExistsOnAMissingKeyIsTrue() {
            assertThat(holds("StringNotEqualsIfExists", "s3:x-amz-server-side-encryption", List.of("aws:kms"), NOTHING)).isTrue();
            assertThat(holds("StringNotEqualsIfExists", "s3:x-amz-server-side-encryption", List.of("aws:kms"),
                    context("s3:x-amz-server-side-encryption", "aws:kms"))).isFalse();
        }

        @Test
        @DisplayName("Null aws:TokenIssueTime true: only requests without temporary credentials")
        void nullTestsPresence() {
            RequestContext temporary = context("aws:TokenIssueTime", "2020-01-01T00:00:01Z");
            assertThat(holds("Null", "aws:TokenIssueTime", List.of("true"), NOTHING)).isTrue();
            assertThat(holds("Null", "aws:TokenIssueTime", List.of("true"), temporary)).isFalse();
            assertThat(holds("Null", "aws:TokenIssueTime", List.of("false"), temporary)).isTrue();
            assertThat(holds("Null", "aws:TokenIssueTime", List.of("false"), NOTHING)).isFalse();
        }

        @Test
        @DisplayName("IfExists cannot be added to Null; unknown operators make the condition (and so the statement) fail")
        void unknownOperatorsNeverHold() {
            assertThat(holds("NullIfExists", "k", List.of("true"), NOTHING)).isFalse();
            assertThat(holds("DateGreaterThan", "aws:CurrentTime", List.of("2020-01-01T00:00:00Z"),
                    context("aws:CurrentTime", "2024-01-01T00:00:00Z"))).isFalse();
            assertThat(holds("stringequals", "k", List.of("v"), context("k", "v"))).isFalse();
            assertThat(holds("StringNotEqualz", "k", List.of("v"), NOTHING)).isFalse();
        }

        @Test
        @DisplayName("StringEqualsIgnoreCase and its negation ignore case")
        void ignoreCaseOperators() {
            assertThat(holds("StringEqualsIgnoreCase", "k", List.of("Value"), context("k", "VALUE"))).isTrue();
            assertThat(holds("StringNotEqualsIgnoreCase", "k", List.of("Value"), context("k", "VALUE"))).isFalse();
        }
    }

    @Nested
    @DisplayName("Multiple keys and values: reference_policies_multi-value-conditions.html")
    class KeysAndValues {

        @Test
        @DisplayName("Values of one key are ORed; for a negated operator they are NORed")
        void valuesAreOredAndNoredWhenNegated() {
            List<String> teams = List.of("blue", "green");
            assertThat(holds("StringEquals", "aws:PrincipalTag/team", teams, context("aws:PrincipalTag/team", "green"))).isTrue();
            assertThat(holds("StringNotEquals", "aws:PrincipalTag/team", teams, context("aws:PrincipalTag/team", "green"))).isFalse();
            assertThat(holds("StringNotEquals", "aws:PrincipalTag/team", teams, context("aws:PrincipalTag/team", "red"))).isTrue();
        }

        @Test
        @DisplayName("Keys and operators are ANDed: every condition must hold")
        void conditionsAreAnded() {
            List<Condition> both = List.of(
                    new Condition("StringEquals", "aws:PrincipalTag/department", List.of("finance")),
                    new Condition("ArnLike", "aws:PrincipalArn", List.of("arn:aws:iam::111122223333:role/*")));
            RequestContext finance = context("aws:PrincipalTag/department", "finance");
            assertThat(ConditionEvaluator.allHold(both, finance)).isFalse();
            assertThat(ConditionEvaluator.allHold(both, finance.with("aws:PrincipalArn", "arn:aws:iam::111122223333:role/x"))).isTrue();
        }

        @Test
        @DisplayName("Condition key names are case-insensitive")
        void keyNamesIgnoreCase() {
            assertThat(holds("Bool", "aws:securetransport", List.of("true"), context("aws:SecureTransport", "true"))).isTrue();
        }
    }

    @Nested
    @DisplayName("Multivalued keys: reference_policies_condition-single-vs-multi-valued-context-keys.html")
    class SetOperators {

        static RequestContext tagKeys(String... keys) {
            return RequestContext.of(Map.of("aws:TagKeys", List.of(keys)));
        }

        @Test
        @DisplayName("Deny ForAllValues:StringNotLike aws:TagKeys key1*: the documented table")
        void forAllValuesStringNotLikeTable() {
            List<String> key1 = List.of("key1*");
            assertThat(holds("ForAllValues:StringNotLike", "aws:TagKeys", key1, tagKeys("key1:legal"))).isFalse();
            assertThat(holds("ForAllValues:StringNotLike", "aws:TagKeys", key1, tagKeys("key1:hr", "key1:personnel"))).isFalse();
            assertThat(holds("ForAllValues:StringNotLike", "aws:TagKeys", key1, tagKeys("key2:audit"))).isTrue();
            assertThat(holds("ForAllValues:StringNotLike", "aws:TagKeys", key1, NOTHING)).isTrue();
        }

        @Test
        @DisplayName("ForAllValues: every request value must match one policy value; true when the key is missing")
        void forAllValuesIsASubsetTest() {
            List<String> allowed = List.of("environment", "cost-center");
            assertThat(holds("ForAllValues:StringEquals", "aws:TagKeys", allowed, tagKeys("environment"))).isTrue();
            assertThat(holds("ForAllValues:StringEquals", "aws:TagKeys", allowed, tagKeys("environment", "cost-center"))).isTrue();
            assertThat(holds("ForAllValues:StringEquals", "aws:TagKeys", allowed, tagKeys("environment", "owner"))).isFalse();
            assertThat(holds("ForAllValues:StringEquals", "aws:TagKeys", allowed, NOTHING)).isTrue();
            assertThat(holds("ForAllValues:StringEquals", "aws:TagKeys", allowed, tagKeys())).isTrue();
        }

        @Test
        @DisplayName("ForAnyValue: at least one request value must match; false when the key is missing, even with IfExists")
        void forAnyValueNeedsOneMatch() {
            List<String> wanted = List.of("DataClass", "Owner");
            assertThat(holds("ForAnyValue:StringEquals", "aws:TagKeys", wanted, tagKeys("Dept", "SIC"))).isFalse();
            assertThat(holds("ForAnyValue:StringEquals", "aws:TagKeys", wanted, tagKeys("DataClass", "Dept"))).isTrue();
            assertThat(holds("ForAnyValue:StringEquals", "aws:TagKeys", wanted, NOTHING)).isFalse();
            assertThat(holds("ForAnyValue:StringEqualsIfExists", "aws:TagKeys", wanted, NOTHING)).isFalse();
            assertThat(holds("ForAnyValue:StringNotEquals", "aws:TagKeys", wanted, NOTHING)).isFalse();
            assertThat(holds("ForAnyValue:StringNotEquals", "aws:TagKeys", wanted, tagKeys("DataClass", "Dept"))).isTrue();
            assertThat(holds("ForAnyValue:StringNotEquals", "aws:TagKeys", wanted, tagKeys("DataClass", "Owner"))).isFalse();
        }

        @Test
        @DisplayName("Null takes no set operator")
        void nullWithASetOperatorIsUnknown() {
            assertThat(holds("ForAllValues:Null", "aws:TagKeys", List.of("true"), NOTHING)).isFalse();
        }
    }
}
