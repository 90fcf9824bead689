package dev.s3grant.analysis.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.policy.Effect;
import dev.s3grant.policy.PolicyJson;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PolicyEvaluatorTest {

    static NamedPolicy policy(String name, String json) {
        return new NamedPolicy(name, PolicyJson.parse(json));
    }

    static AccessRequest request(Caller caller, String action, String resource, String resourceAccount) {
        return new AccessRequest(caller, action, resource, resourceAccount, RequestContext.empty());
    }

    static PolicySet bucket(NamedPolicy identity, NamedPolicy bucketPolicy) {
        return new PolicySet(identity == null ? List.of() : List.of(identity), Optional.ofNullable(bucketPolicy),
                ResourcePolicyKind.ORDINARY);
    }

    static DecidingStatement allow(String document, String sid) {
        return new DecidingStatement(document, sid, Effect.Allow);
    }

    @Nested
    @DisplayName("Cross-account example: reference_policies_evaluation-logic-cross-account.html")
    class CrossAccount {

        static final Caller CARLOS = Caller.parse("arn:aws:iam::111111111111:user/carlossalazar", "aws");

        static final NamedPolicy CARLOS_POLICY = policy("carlossalazar", """
                {"Version": "2012-10-17", "Statement": [
                  {"Sid": "AllowS3ListRead", "Effect": "Allow", "Action": "s3:ListAllMyBuckets", "Resource": "*"},
                  {"Sid": "AllowS3ProductionObjectActions", "Effect": "Allow", "Action": "s3:*Object*",
                   "Resource": "arn:aws:s3:::Production/*"},
                  {"Sid": "DenyS3Logs", "Effect": "Deny", "Action": "s3:*",
                   "Resource": ["arn:aws:s3:::*log*", "arn:aws:s3:::*log*/*"]}]}
                """);

        static final NamedPolicy PRODUCTION_BUCKET = policy("Production", """
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                  "Action": ["s3:GetObject*", "s3:PutObject*", "s3:ReplicateObject", "s3:RestoreObject"],
                  "Principal": {"AWS": "arn:aws:iam::111111111111:user/carlossalazar"},
                  "Resource": "arn:aws:s3:::Production/*"}]}
                """);

        @Test
        @DisplayName("Saving to Production-logs, which has no bucket policy: the identity policy's DenyS3Logs denies")
        void productionLogsIsExplicitlyDenied() {
            Evaluation e = PolicyEvaluator.evaluate(
                    request(CARLOS, "s3:PutObject", "arn:aws:s3:::Production-logs/file.txt", "222222222222"),
                    bucket(CARLOS_POLICY, null));
            assertThat(e.decision()).isEqualTo(Decision.EXPLICIT_DENY);
            assertThat(e.statements()).containsExactly(new DecidingStatement("carlossalazar", "DenyS3Logs", Effect.Deny));
        }

        @Test
        @DisplayName("Saving to Production: both accounts allow, so the request is allowed")
        void productionIsAllowedByBothSides() {
            Evaluation e = PolicyEvaluator.evaluate(
                    request(CARLOS, "s3:PutObject", "arn:aws:s3:::Production/file.txt", "222222222222"),
                    bucket(CARLOS_POLICY, PRODUCTION_BUCKET));
            assertThat(e.decision()).isEqualTo(Decision.ALLOW);
            assertThat(e.reason()).isEqualTo(Reason.BOTH_SIDES_ALLOW);
            assertThat(e.statements()).containsExactly(
                    allow("carlossalazar", "AllowS3ProductionObjectActions"), allow("Production", "[1]"));
        }

        @Test
        @DisplayName("Across accounts the bucket policy alone is not enough: the identity side must allow too")
        void resourcePolicyAloneDoesNotAllowAcrossAccounts() {
            Evaluation e = PolicyEvaluator.evaluate(
                    request(CARLOS, "s3:PutObject", "arn:aws:s3:::Production/file.txt", "222222222222"),
                    bucket(null, PRODUCTION_BUCKET));
            assertThat(e.decision()).isEqualTo(Decision.IMPLICIT_DENY);
            assertThat(e.reason()).isEqualTo(Reason.IDENTITY_POLICY_DOES_NOT_ALLOW);
            assertThat(e.statements()).containsExactly(allow("Production", "[1]"));
        }

        @Test
        @DisplayName("Across accounts the identity policy alone is not enough: the bucket policy must allow too")
        void identityPolicyAloneDoesNotAllowAcrossAccounts() {
            Evaluation e = PolicyEvaluator.evaluate(
                    request(CARLOS, "s3:PutObject", "arn:aws:s3:::Production/file.txt", "222222222222"),
                    bucket(CARLOS_POLICY, null));
            assertThat(e.decision()).isEqualTo(Decision.IMPLICIT_DENY);
            assertThat(e.reason()).isEqualTo(Reason.RESOURCE_POLICY_DOES_NOT_ALLOW);
        }

        @Test
        @DisplayName("Resources are matched case-sensitively: production/ is not Production/")
        void resourcesAreCaseSensitive() {
            Evaluation e = PolicyEvaluator.evaluate(
                    request(CARLOS, "s3:PutObject", "arn:aws:s3:::production/file.txt", "222222222222"),
                    bucket(CARLOS_POLICY, PRODUCTION_BUCKET));
            assertThat(e.decision()).isEqualTo(Decision.IMPLICIT_DENY);
            assertThat(e.reason()).isEqualTo(Reason.NO_ALLOW);
        }
    }

    @Nested
    @DisplayName("Same-account example and explicit vs implicit deny: reference_policies_evaluation-logic.html")
    class SameAccount {

        static final Caller CARLOS = Caller.parse("arn:aws:iam::123456789012:user/carlossalazar", "aws");

        static final NamedPolicy CARLOS_POLICY = policy("carlossalazar", """
                {"Version": "2012-10-17", "Statement": [
                  {"Sid": "AllowS3ListRead", "Effect": "Allow",
                   "Action": ["s3:GetBucketLocation", "s3:GetAccountPublicAccessBlock", "s3:ListAccessPoints", "s3:ListAllMyBuckets"],
                   "Resource": "arn:aws:s3:::*"},
                  {"Sid": "AllowS3Self", "Effect": "Allow", "Action": "s3:*",
                   "Resource": ["arn:aws:s3:::carlossalazar/*", "arn:aws:s3:::carlossalazar"]},
                  {"Sid": "DenyS3Logs", "Effect": "Deny", "Action": "s3:*", "Resource": "arn:aws:s3:::*log*"}]}
                """);

        static final NamedPolicy CARLOS_BUCKET = policy("carlossalazar-bucket", """
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                  "Principal": {"AWS": "arn:aws:iam::123456789012:user/carlossalazar"}, "Action": "s3:*",
                  "Resource": ["arn:aws:s3:::carlossalazar/*", "arn:aws:s3:::carlossalazar"]}]}
                """);

        @Test
        @DisplayName("Saving to carlossalazar-logs: DenyS3Logs denies explicitly")
        void logsBucketIsExplicitlyDenied() {
            Evaluation e = PolicyEvaluator.evaluate(
                    request(CARLOS, "s3:PutObject", "arn:aws:s3:::carlossalazar-logs/file.txt", "123456789012"),
                    bucket(CARLOS_POLICY, null));
            assertThat(e.decision()).isEqualTo(Decision.EXPLICIT_DENY);
        }

        @Test
        @DisplayName("Saving to carlossalazar: allowed; within one account either policy alone would suffice")
        void ownBucketIsAllowedByEitherPolicy() {
            AccessRequest put = request(CARLOS, "s3:PutObject", "arn:aws:s3:::carlossalazar/file.txt", "123456789012");
            assertThat(PolicyEvaluator.evaluate(put, bucket(CARLOS_POLICY, CARLOS_BUCKET)).decision()).isEqualTo(Decision.ALLOW);
            assertThat(PolicyEvaluator.evaluate(put, bucket(CARLOS_POLICY, null)).reason()).isEqualTo(Reason.SAME_ACCOUNT_ALLOW);
            assertThat(PolicyEvaluator.evaluate(put, bucket(null, CARLOS_BUCKET)).reason()).isEqualTo(Reason.SAME_ACCOUNT_ALLOW);
        }

        @Test
        @DisplayName("A bucket policy that names only the account delegates to the account's IAM policies")
        void accountPrincipalNeedsAnIdentityAllowEvenInTheSameAccount() {
            NamedPolicy toAccount = policy("bucket", """
                    {"Version": "2012-10-17", "Statement": [{"Sid": "ToAccount", "Effect": "Allow",
                      "Principal": {"AWS": "123456789012"}, "Action": "s3:PutObject", "Resource": "arn:aws:s3:::shared/*"}]}
                    """);
            AccessRequest put = request(CARLOS, "s3:PutObject", "arn:aws:s3:::shared/file.txt", "123456789012");
            Evaluation e = PolicyEvaluator.evaluate(put, bucket(null, toAccount));
            assertThat(e.decision()).isEqualTo(Decision.IMPLICIT_DENY);
            assertThat(e.reason()).isEqualTo(Reason.IDENTITY_POLICY_DOES_NOT_ALLOW);
        }

        @Test
        @DisplayName("AllowGetList and DenyReports: allowed, implicitly denied and explicitly denied actions")
        void explicitAndImplicitDenies() {
            NamedPolicy iam = policy("iam-read", """
                    {"Version": "2012-10-17", "Statement": [
                      {"Sid": "AllowGetList", "Effect": "Allow", "Action": ["iam:Get*", "iam:List*"], "Resource": "*"},
                      {"Sid": "DenyReports", "Effect": "Deny", "Action": "iam:*Report", "Resource": "*"}]}
                    """);
            PolicySet set = bucket(iam, null);
            assertThat(PolicyEvaluator.evaluate(request(CARLOS, "iam:GetUser", "*", "123456789012"), set).decision())
                    .isEqualTo(Decision.ALLOW);
            assertThat(PolicyEvaluator.evaluate(request(CARLOS, "IAM:listroles", "*", "123456789012"), set).decision())
                    .as("actions match ignoring case").isEqualTo(Decision.ALLOW);
            assertThat(PolicyEvaluator.evaluate(request(CARLOS, "iam:CreatePolicy", "*", "123456789012"), set).decision())
                    .isEqualTo(Decision.IMPLICIT_DENY);
            Evaluation report = PolicyEvaluator.evaluate(request(CARLOS, "iam:GetOrganizationsAccessReport", "*", "123456789012"), set);
            assertThat(report.decision()).isEqualTo(Decision.EXPLICIT_DENY);
            assertThat(report.statements()).containsExactly(new DecidingStatement("iam-read", "DenyReports", Effect.Deny));
        }
    }

    @Nested
    @DisplayName("Trust and key policies must allow themselves: reference_policies_evaluation-logic.html")
    class TrustAndKeyPolicies {

        static final Caller ROLE_SESSION = Caller.roleSession("arn:aws:iam::111111111111:role/team/app", "s1");
        static final NamedPolicy ASSUME_ANYTHING = policy("app-policy", """
                {"Version": "2012-10-17", "Statement": [{"Sid": "Assume", "Effect": "Allow", "Action": ["sts:AssumeRole", "kms:*"], "Resource": "*"}]}
                """);

        @Test
        @DisplayName("An identity Allow for sts:AssumeRole is not enough when the trust policy does not trust the caller")
        void trustPolicyMustAllowInTheSameAccount() {
            NamedPolicy trust = policy("target-trust", """
                    {"Version": "2012-10-17", "Statement": [{"Sid": "TrustEcs", "Effect": "Allow",
                      "Principal": {"Service": "ecs-tasks.amazonaws.com"}, "Action": "sts:AssumeRole"}]}
                    """);
            Evaluation e = PolicyEvaluator.evaluate(
                    request(ROLE_SESSION, "sts:AssumeRole", "arn:aws:iam::111111111111:role/target", "111111111111"),
                    PolicySet.of(List.of(ASSUME_ANYTHING), trust, ResourcePolicyKind.ROLE_TRUST));
            assertThat(e.decision()).isEqualTo(Decision.IMPLICIT_DENY);
            assertThat(e.reason()).isEqualTo(Reason.RESOURCE_POLICY_DOES_NOT_ALLOW);
        }

        @Test
        @DisplayName("A service principal is allowed by the trust policy alone")
        void serviceIsAllowedByTheTrustPolicy() {
            NamedPolicy trust = policy("target-trust", """
                    {"Version": "2012-10-17", "Statement": [{"Sid": "TrustEcs", "Effect": "Allow",
                      "Principal": {"Service": ["ecs-tasks.amazonaws.com", "lambda.amazonaws.com"]}, "Action": "sts:AssumeRole"}]}
                    """);
            PolicySet set = new PolicySet(List.of(), Optional.of(trust), ResourcePolicyKind.ROLE_TRUST);
            Evaluation lambda = PolicyEvaluator.evaluate(request(Caller.service("lambda.amazonaws.com"), "sts:AssumeRole",
                    "arn:aws:iam::111111111111:role/target", "111111111111"), set);
            Evaluation ec2 = PolicyEvaluator.evaluate(request(Caller.service("ec2.amazonaws.com"), "sts:AssumeRole",
                    "arn:aws:iam::111111111111:role/target", "111111111111"), set);
            assertThat(lambda.decision()).isEqualTo(Decision.ALLOW);
            assertThat(lambda.reason()).isEqualTo(Reason.SERVICE_ALLOWED);
            assertThat(ec2.decision()).isEqualTo(Decision.IMPLICIT_DENY);
        }

        @Test
        @DisplayName("A key policy that enables IAM policies (the account root) lets the identity policy decide")
        void keyPolicyRootDelegatesToIamPolicies() {
            NamedPolicy key = policy("key-policy", """
                    {"Version": "2012-10-17", "Statement": [{"Sid": "EnableIamPolicies", "Effect": "Allow",
                      "Principal": {"AWS": "arn:aws:iam::111111111111:root"}, "Action": "kms:*", "Resource": "*"}]}
                    """);
            AccessRequest decrypt = request(ROLE_SESSION, "kms:Decrypt", "arn:aws:kms:us-east-1:111111111111:key/k", "111111111111");
            assertThat(PolicyEvaluator.evaluate(decrypt, PolicySet.of(List.of(ASSUME_ANYTHING), key, ResourcePolicyKind.KMS_KEY))
                    .decision()).isEqualTo(Decision.ALLOW);
            assertThat(PolicyEvaluator.evaluate(decrypt, PolicySet.of(List.of(), key, ResourcePolicyKind.KMS_KEY)).reason())
                    .isEqualTo(Reason.IDENTITY_POLICY_DOES_NOT_ALLOW);
        }

        @Test
        @DisplayName("Without a key policy statement for the caller, an identity Allow does not open the key")
        void keyPolicyMustAllow() {
            NamedPolicy key = policy("key-policy", """
                    {"Version": "2012-10-17", "Statement": [{"Sid": "OtherAccount", "Effect": "Allow",
                      "Principal": {"AWS": "arn:aws:iam::222222222222:root"}, "Action": "kms:*", "Resource": "*"}]}
                    """);
            AccessRequest decrypt = request(ROLE_SESSION, "kms:Decrypt", "arn:aws:kms:us-east-1:111111111111:key/k", "111111111111");
            assertThat(PolicyEvaluator.evaluate(decrypt, PolicySet.of(List.of(ASSUME_ANYTHING), key, ResourcePolicyKind.KMS_KEY))
                    .decision()).isEqualTo(Decision.IMPLICIT_DENY);
            assertThat(PolicyEvaluator.evaluate(decrypt, bucket(ASSUME_ANYTHING, key)).decision())
                    .as("an ordinary resource policy would not have been needed").isEqualTo(Decision.ALLOW);
        }
    }

    @Nested
    @DisplayName("Principal and NotPrincipal: reference_policies_elements_principal.html, reference_policies_elements_notprincipal.html")
    class Principals {

        static final Caller SESSION = Caller.roleSession("arn:aws:iam::111111111111:role/workloads/ingest-writer", "task-1");

        static Decision putBy(Caller caller, String principalJson) {
            NamedPolicy bucketPolicy = policy("bucket", """
                    {"Version": "2012-10-17", "Statement": [{"Sid": "Put", "Effect": "Allow", "Principal": %s,
                      "Action": "s3:PutObject", "Resource": "arn:aws:s3:::b/*"}]}
                    """.formatted(principalJson));
            return PolicyEvaluator.evaluate(request(caller, "s3:PutObject", "arn:aws:s3:::b/k", "222222222222"),
                    bucket(DesignPolicies.worstCase("*"), bucketPolicy)).decision();
        }

        @Test
        @DisplayName("A role ARN (with its path) matches the role's sessions, whose ARN has no path")
        void roleArnMatchesItsSessions() {
            assertThat(SESSION.arn()).isEqualTo("arn:aws:sts::111111111111:assumed-role/ingest-writer/task-1");
            assertThat(putBy(SESSION, "{\"AWS\": \"arn:aws:iam::111111111111:role/workloads/ingest-writer\"}")).isEqualTo(Decision.ALLOW);
            assertThat(putBy(SESSION, "{\"AWS\": \"arn:aws:iam::111111111111:role/other\"}")).isEqualTo(Decision.IMPLICIT_DENY);
            assertThat(putBy(SESSION, "{\"AWS\": \"arn:aws:iam::333333333333:role/workloads/ingest-writer\"}")).isEqualTo(Decision.IMPLICIT_DENY);
        }

        @Test
        @DisplayName("A session ARN matches that session only")
        void sessionArnMatchesOneSession() {
            String principal = "{\"AWS\": \"arn:aws:sts::111111111111:assumed-role/ingest-writer/task-1\"}";
            assertThat(putBy(SESSION, principal)).isEqualTo(Decision.ALLOW);
            assertThat(putBy(Caller.roleSession("arn:aws:iam::111111111111:role/workloads/ingest-writer", "task-2"), principal))
                    .isEqualTo(Decision.IMPLICIT_DENY);
        }

        @Test
        @DisplayName("An account ID or root ARN matches every principal of the account")
        void accountMatchesEveryPrincipalOfTheAccount() {
            assertThat(putBy(SESSION, "{\"AWS\": \"111111111111\"}")).isEqualTo(Decision.ALLOW);
            assertThat(putBy(SESSION, "{\"AWS\": \"arn:aws:iam::111111111111:root\"}")).isEqualTo(Decision.ALLOW);
            assertThat(putBy(SESSION, "{\"AWS\": \"arn:aws-cn:iam::111111111111:root\"}"))
                    .as("another partition").isEqualTo(Decision.IMPLICIT_DENY);
        }

        @Test
        @DisplayName("\"*\" matches everyone, {\"AWS\": \"*\"} every principal except services")
        void wildcards() {
            Caller firehose = Caller.service("firehose.amazonaws.com");
            assertThat(putBy(firehose, "\"*\"")).isEqualTo(Decision.ALLOW);
            assertThat(putBy(firehose, "{\"AWS\": \"*\"}")).isEqualTo(Decision.IMPLICIT_DENY);
            assertThat(putBy(SESSION, "{\"AWS\": \"*\"}")).isEqualTo(Decision.ALLOW);
        }

        @Test
        @DisplayName("NotPrincipal with Deny exempts a role session only when its account and its role are both listed")
        void notPrincipalNeedsTheAccountListedToo() {
            String deny = """
                    {"Version": "2012-10-17", "Statement": [
                      {"Sid": "Put", "Effect": "Allow", "Principal": {"AWS": "111111111111"}, "Action": "s3:*", "Resource": "*"},
                      {"Sid": "DenyOthers", "Effect": "Deny", "NotPrincipal": {"AWS": %s}, "Action": "s3:*", "Resource": "*"}]}
                    """;
            String roleOnly = "\"arn:aws:iam::111111111111:role/workloads/ingest-writer\"";
            String roleAndAccount = "[\"arn:aws:iam::111111111111:root\", \"arn:aws:iam::111111111111:role/workloads/ingest-writer\"]";
            AccessRequest put = request(SESSION, "s3:PutObject", "arn:aws:s3:::b/k", "222222222222");
            NamedPolicy identity = DesignPolicies.worstCase("*");
            assertThat(PolicyEvaluator.evaluate(put, bucket(identity, policy("b", deny.formatted(roleOnly)))).decision())
                    .isEqualTo(Decision.EXPLICIT_DENY);
            assertThat(PolicyEvaluator.evaluate(put, bucket(identity, policy("b", deny.formatted(roleAndAccount)))).decision())
                    .isEqualTo(Decision.ALLOW);
        }
    }

    @Nested
    @DisplayName("NotAction and NotResource: reference_policies_elements_notaction.html, reference_policies_elements_notresource.html")
    class Negations {

        static final Caller SESSION = Caller.roleSession("arn:aws:iam::111111111111:role/app", "s");

        @Test
        @DisplayName("Allow NotAction iam:* allows everything but IAM; Deny NotResource denies everything but the listed bucket")
        void notActionAndNotResource() {
            NamedPolicy identity = policy("p", """
                    {"Version": "2012-10-17", "Statement": [
                      {"Sid": "AllButIam", "Effect": "Allow", "NotAction": "iam:*", "Resource": "*"},
                      {"Sid": "OnlyThisBucket", "Effect": "Deny", "Action": "s3:*", "NotResource": ["arn:aws:s3:::mine", "arn:aws:s3:::mine/*"]}]}
                    """);
            PolicySet set = bucket(identity, null);
            assertThat(PolicyEvaluator.evaluate(request(SESSION, "s3:PutObject", "arn:aws:s3:::mine/k", "111111111111"), set).decision())
                    .isEqualTo(Decision.ALLOW);
            assertThat(PolicyEvaluator.evaluate(request(SESSION, "s3:PutObject", "arn:aws:s3:::theirs/k", "111111111111"), set).decision())
                    .isEqualTo(Decision.EXPLICIT_DENY);
            assertThat(PolicyEvaluator.evaluate(request(SESSION, "iam:CreateRole", "*", "111111111111"), set).decision())
                    .isEqualTo(Decision.IMPLICIT_DENY);
        }
    }
}
