package dev.s3grant.analysis.findings;

import static dev.s3grant.analysis.findings.Validation.EXAMPLE;
import static dev.s3grant.analysis.findings.Validation.findings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.s3grant.analysis.Finding;
import dev.s3grant.analysis.Severity;
import dev.s3grant.model.Partition;
import dev.s3grant.model.PrincipalMode;
import dev.s3grant.model.PrincipalStyle;
import dev.s3grant.model.Principals;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PrincipalRulesTest {

    private static dev.s3grant.model.Design trusting(String... services) {
        return Validation.withWriter(w -> w.withPrincipals(new Principals(PrincipalMode.SERVICES, List.of(services))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ecs role", "ecs/role", "ロール", "r2345678901234567890123456789012345678901234567890123456789012345"})
    void invalidRoleNameIsAnError(String name) {
        assertThat(findings(Validation.withWriter(w -> w.withRoleName(name)), PrincipalRules.INVALID_ROLE_NAME))
                .extracting(f -> f.location().text(), f -> f.message().args())
                .containsExactly(tuple("writers[0].roleName", List.of(name)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "ecs-cross-account-s3-role", "Role_+=,.@-1", "r234567890123456789012345678901234567890123456789012345678901234"})
    void roleNameOfIamCharactersIsValid(String name) {
        assertThat(findings(Validation.withWriter(w -> w.withRoleName(name)), PrincipalRules.INVALID_ROLE_NAME)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"service-roles", "/service-roles", "service-roles/", "//", "/team a/", "/チーム/"})
    void invalidRolePathIsAnError(String path) {
        assertThat(findings(Validation.withWriter(w -> w.withRolePath(path)), PrincipalRules.INVALID_ROLE_PATH))
                .extracting(f -> f.location().text(), f -> f.message().args())
                .containsExactly(tuple("writers[0].rolePath", List.of(path)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/", "/service-role/", "/a/b/c/", "///"})
    void rolePathBetweenSlashesIsValid(String path) {
        assertThat(findings(Validation.withWriter(w -> w.withRolePath(path)), PrincipalRules.INVALID_ROLE_PATH)).isEmpty();
    }

    @Test
    void rolePathLongerThan512CharactersIsAnError() {
        String path = "/" + "p".repeat(511) + "/";

        assertThat(findings(Validation.withWriter(w -> w.withRolePath(path)), PrincipalRules.INVALID_ROLE_PATH)).hasSize(1);
        assertThat(findings(Validation.withWriter(w -> w.withRolePath(path.substring(1))), PrincipalRules.INVALID_ROLE_PATH))
                .hasSize(1);
        assertThat(findings(Validation.withWriter(w -> w.withRolePath("/" + "p".repeat(510) + "/")),
                PrincipalRules.INVALID_ROLE_PATH)).isEmpty();
    }

    @Test
    void permissionSetRoleNameIsAnErrorSinceCreatingTheRoleFails() {
        var design = Validation.withWriter(w -> w.withRoleName("AWSReservedSSO_DataEngineer_0123456789abcdef"));

        assertThat(findings(design, PrincipalRules.PERMISSION_SET_ROLE))
                .extracting(f -> f.location().text(), f -> f.message().args(), Finding::severity)
                .containsExactly(tuple("writers[0].roleName", List.of("AWSReservedSSO_DataEngineer_0123456789abcdef"),
                        Severity.ERROR));
    }

    @Test
    void roleUnderTheReservedPathIsAnError() {
        var design = Validation.withWriter(w -> w.withRolePath("/aws-reserved/sso.amazonaws.com/"));

        assertThat(findings(design, PrincipalRules.PERMISSION_SET_ROLE))
                .extracting(f -> f.location().text(), f -> f.message().args(), Finding::severity)
                .containsExactly(tuple("writers[0].rolePath",
                        List.of("/aws-reserved/sso.amazonaws.com/ecs-cross-account-s3-role"), Severity.ERROR));
    }

    @Test
    void roleArnPrincipalStyleIsAWarning() {
        var design = Validation.withOptions(o -> o.withPrincipalStyle(PrincipalStyle.ROLE_ARN));

        assertThat(findings(design, PrincipalRules.ROLE_ARN_PRINCIPAL))
                .extracting(f -> f.location().text()).containsExactly("options.principalStyle");
    }

    @Test
    void confusedDeputyGuardOffNamesTheServicesThatLoseTheirConditions() {
        var design = Validation.withMoreWriters(w -> w.withAlias("A2").withAccountId("333333333333")
                        .withPrincipals(new Principals(PrincipalMode.SERVICES,
                                List.of("states.amazonaws.com", "lambda.amazonaws.com", "scheduler.amazonaws.com"))))
                .withOptions(EXAMPLE.options().withConfusedDeputyGuard(false));

        assertThat(findings(design, PrincipalRules.CONFUSED_DEPUTY_GUARD_OFF))
                .extracting(f -> f.location().text(), f -> f.message().args())
                .containsExactly(tuple("options.confusedDeputyGuard",
                        List.of("ecs-tasks.amazonaws.com, scheduler.amazonaws.com, states.amazonaws.com")));
    }

    @Test
    void confusedDeputyGuardOffDoesNotMatterWhenNoServiceDocumentsTheKeys() {
        var design = trusting("lambda.amazonaws.com", "glue.amazonaws.com")
                .withOptions(EXAMPLE.options().withConfusedDeputyGuard(false));

        assertThat(findings(design, PrincipalRules.CONFUSED_DEPUTY_GUARD_OFF)).isEmpty();
    }

    @Test
    void servicesModeWithAnEmptyListIsAnError() {
        assertThat(findings(trusting(), PrincipalRules.NO_SERVICES))
                .extracting(f -> f.location().text()).containsExactly("writers[0].principals.services");
    }

    @Test
    void emptyServiceListIsIgnoredInEcsOnlyMode() {
        var design = Validation.withWriter(w -> w.withPrincipals(new Principals(PrincipalMode.ECS_ONLY, List.of())));

        assertThat(Validation.validate(design)).isEmpty();
    }

    @Test
    void batchServicePrincipalIsAnErrorAndNothingElse() {
        var design = trusting("ecs-tasks.amazonaws.com", "batch.amazonaws.com");

        assertThat(Validation.validate(design))
                .extracting(Finding::code, f -> f.location().text(), f -> f.message().args())
                .containsExactly(tuple("S3G-046", "writers[0].principals.services[1]", List.of("batch.amazonaws.com")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ecs-tasks", "ECS-TASKS.AMAZONAWS.COM", "arn:aws:iam::111111111111:root", "*", "", ".amazonaws.com"})
    void somethingThatIsNotAServicePrincipalIsAnError(String service) {
        assertThat(findings(trusting(service), PrincipalRules.INVALID_SERVICE_PRINCIPAL))
                .extracting(f -> f.location().text(), f -> f.message().args())
                .containsExactly(tuple("writers[0].principals.services[0]", List.of(service)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"pipes.amazonaws.com", "example.amazonaws.com"})
    void wellFormedServiceOutsideTheCatalogueIsAWarning(String service) {
        var design = trusting(service);

        assertThat(findings(design, PrincipalRules.UNKNOWN_SERVICE_PRINCIPAL))
                .extracting(f -> f.location().text(), f -> f.message().args())
                .containsExactly(tuple("writers[0].principals.services[0]", List.of(service)));
        assertThat(findings(design, PrincipalRules.INVALID_SERVICE_PRINCIPAL)).isEmpty();
    }

    @Test
    void eachTrustedServiceWithoutDocumentedKeysGetsASuggestion() {
        var design = trusting("lambda.amazonaws.com", "states.amazonaws.com", "ec2.amazonaws.com",
                "firehose.amazonaws.com", "sagemaker.amazonaws.com");

        assertThat(findings(design, PrincipalRules.SERVICE_WITHOUT_SOURCE_KEYS))
                .extracting(f -> f.location().text(), f -> f.message().args())
                .containsExactly(
                        tuple("writers[0].principals.services[0]", List.of("lambda.amazonaws.com", "111111111111",
                                "https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html")),
                        tuple("writers[0].principals.services[2]", List.of("ec2.amazonaws.com", "111111111111",
                                "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-ec2_instance-profiles.html")),
                        tuple("writers[0].principals.services[4]", List.of("sagemaker.amazonaws.com", "111111111111",
                                "https://docs.aws.amazon.com/sagemaker/latest/dg/sagemaker-roles.html#sagemaker-roles-pass-role")));
    }

    @Test
    void servicesThatDocumentTheirKeysRaiseNothing() {
        var design = trusting("ecs-tasks.amazonaws.com", "states.amazonaws.com", "scheduler.amazonaws.com",
                "emr-serverless.amazonaws.com");

        assertThat(Validation.validate(design)).isEmpty();
    }

    @Test
    void codebuildGetsTheSuggestionBecauseItsServiceRolePageShowsNoKeys() {
        assertThat(findings(trusting("codebuild.amazonaws.com"), PrincipalRules.SERVICE_WITHOUT_SOURCE_KEYS))
                .extracting(f -> f.message().args()).containsExactly(List.of("codebuild.amazonaws.com", "111111111111",
                        "https://docs.aws.amazon.com/codebuild/latest/userguide/setting-up-service-role.html"));
    }

    @Test
    void aChinaSuffixedCataloguePrincipalIsAnErrorNamingTheFormAndPageUsedInstead() {
        var design = trusting("ecs-tasks.amazonaws.com.cn");

        assertThat(Validation.validate(design))
                .extracting(Finding::code, Finding::severity, f -> f.location().text(), f -> f.message().args())
                .containsExactly(tuple("S3G-050", Severity.ERROR, "writers[0].principals.services[0]",
                        List.of("ecs-tasks.amazonaws.com.cn", "ecs-tasks.amazonaws.com",
                                "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-iam-roles.html")));
    }

    @Test
    void aChinaSuffixedPrincipalIsAnErrorInTheChinaPartitionToo() {
        var design = trusting("lambda.amazonaws.com.cn").withPartition(Partition.AWS_CN).withRegion("cn-north-1");

        assertThat(Validation.validate(design)).extracting(Finding::code).contains("S3G-050", "S3G-049")
                .doesNotContain("S3G-047", "S3G-048");
    }

    @Test
    void aChinaSuffixedUnknownPrincipalIsAnErrorAndAWarningAboutItsAmazonawsComForm() {
        var design = trusting("example.amazonaws.com.cn");

        assertThat(Validation.validate(design)).extracting(Finding::code, f -> f.message().args().get(0))
                .containsExactlyInAnyOrder(tuple("S3G-050", "example.amazonaws.com.cn"),
                        tuple("S3G-048", "example.amazonaws.com"));
    }

    @Test
    void firehoseSharingItsRoleWithAnotherServiceIsASecurityWarningNamingTheReadActions() {
        var design = trusting("ecs-tasks.amazonaws.com", "firehose.amazonaws.com", "lambda.amazonaws.com");

        assertThat(findings(design, PrincipalRules.FIREHOSE_SHARED_ROLE))
                .extracting(Finding::severity, f -> f.location().text(), f -> f.message().args())
                .containsExactly(tuple(Severity.SECURITY_WARNING, "writers[0].principals.services",
                        List.of("ecs-tasks.amazonaws.com, lambda.amazonaws.com",
                                "s3:AbortMultipartUpload, s3:GetBucketLocation, s3:GetObject, s3:ListBucket, "
                                        + "s3:ListBucketMultipartUploads, s3:PutObject")));
    }

    @Test
    void firehoseWithARoleOfItsOwnRaisesNothing() {
        assertThat(Validation.validate(trusting("firehose.amazonaws.com"))).isEmpty();
    }
}
