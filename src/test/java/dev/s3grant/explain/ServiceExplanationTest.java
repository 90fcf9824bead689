package dev.s3grant.explain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.model.DocLinks;
import dev.s3grant.model.Language;
import dev.s3grant.model.Message;
import dev.s3grant.text.Localizer;
import dev.s3grant.text.MessageText;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each service is explained as its own documentation says: its page, its role, its actions. */
class ServiceExplanationTest {

    private static final String ECS_PAGE = "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-iam-roles.html";
    private static final String FIREHOSE_TRUST_PAGE =
            "https://docs.aws.amazon.com/firehose/latest/dev/controlling-access.html#firehose-assume-role";
    private static final String FIREHOSE_S3_PAGE =
            "https://docs.aws.amazon.com/firehose/latest/dev/controlling-access.html#using-iam-s3";
    private static final String SCHEDULER_PAGE =
            "https://docs.aws.amazon.com/scheduler/latest/UserGuide/cross-service-confused-deputy-prevention.html";
    private static final String EC2_PAGE =
            "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-ec2_instance-profiles.html";

    private static Explanation explanation(String golden, String subject) {
        return ExplanationLookup.of(GoldenDesigns.all().get(golden), subject);
    }

    private static List<String> noteKeys(Explanation e) {
        return e.notes().stream().map(Message::key).toList();
    }

    private static String english(Explanation e) {
        return ExplainerTest.text(new MessageText(Localizer.of(Language.EN), false), e);
    }

    @Test
    void ecsTrustNamesTheTaskRoleAndWhereItGoesInATaskDefinition() {
        Explanation trust = explanation("ecsOnly", "TrustEcs");
        assertThat(noteKeys(trust)).contains("explain.note.ecsTaskRole");
        assertThat(english(trust)).contains("\"taskRoleArn\": \"arn:aws:iam::111111111111:role/ecs-cross-account-s3-role\"",
                "task_role_arn = aws_iam_role.writer_a.arn", "Not as the task execution role");
        assertThat(noteKeys(explanation("ecsOnly", "aws_iam_role.writer_a"))).contains("explain.note.ecsTaskRole");
        assertThat(noteKeys(explanation("services", "TrustServicesWithoutSourceKeys")))
                .doesNotContain("explain.note.ecsTaskRole");
    }

    @Test
    void confusedDeputyConditionsLinkTheServicesOwnPageBeforeTheGeneralOnes() {
        Explanation ecs = explanation("ecsOnly", "TrustEcs");
        assertThat(ecs.docUrls()).startsWith(ECS_PAGE, DocLinks.CONFUSED_DEPUTY);
        assertThat(ecs.conditions()).allSatisfy(c -> assertThat(c.docUrls()).startsWith(ECS_PAGE));
        assertThat(explanation("scheduler", "TrustScheduler").conditions())
                .allSatisfy(c -> assertThat(c.docUrls()).startsWith(SCHEDULER_PAGE));
        assertThat(explanation("firehose", "TrustFirehose").conditions()).singleElement()
                .satisfies(c -> assertThat(c.docUrls()).containsExactly(FIREHOSE_TRUST_PAGE, DocLinks.CONFUSED_DEPUTY));
    }

    @Test
    void servicesWithoutKeysLinkThePagesThatShowTheirTrustPolicies() {
        assertThat(explanation("services", "TrustServicesWithoutSourceKeys").docUrls()).contains(
                "https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html",
                "https://docs.aws.amazon.com/glue/latest/dg/create-an-iam-role.html");
    }

    @Test
    void firehoseBucketActionsAreExplainedWithItsPageOnBothSides() {
        for (String subject : List.of("AllowServiceBucketActions", "AllowServiceBucketActionsFromA")) {
            Explanation bucket = explanation("firehose", subject);
            assertThat(bucket.docUrls()).as(subject).contains(FIREHOSE_S3_PAGE);
            assertThat(noteKeys(bucket)).as(subject).contains("explain.note.listForService");
            assertThat(english(bucket)).as(subject).contains("s3:GetBucketLocation", "s3:ListBucketMultipartUploads",
                    "Amazon Data Firehose streams (firehose.amazonaws.com)");
        }
        assertThat(noteKeys(explanation("firehose", "AllowServiceBucketActions"))).contains("explain.note.mirror");
        assertThat(noteKeys(explanation("firehose", "AllowServiceBucketActionsFromA"))).doesNotContain("explain.note.mirror");
    }

    @Test
    void firehoseObjectActionsSayTheRoleCanReadAndWhyThereIsNoAclPermission() {
        Explanation objects = explanation("firehose", "AllowServiceObjectActionsFromA");
        assertThat(english(objects)).contains("s3:AbortMultipartUpload", "s3:GetObject");
        assertThat(noteKeys(objects)).contains("explain.note.serviceReads", "explain.note.firehoseNoAcl");
        assertThat(noteKeys(explanation("firehoseAclsEnabled", "AllowServiceObjectActionsFromA")))
                .contains("explain.note.serviceReads").doesNotContain("explain.note.firehoseNoAcl");
    }

    @Test
    void aFirehoseWritersPutStatementNoLongerSaysListBucketIsNotGranted() {
        assertThat(noteKeys(explanation("firehose", "AllowPutFromA")))
                .contains("explain.note.listForService").doesNotContain("explain.note.noList");
        assertThat(noteKeys(explanation("ecsOnly", "AllowPutFromA"))).contains("explain.note.noList");
    }

    @Test
    void anEc2WriterIsToldAboutItsInstanceProfile() {
        Explanation profile = explanation("ec2", "aws_iam_instance_profile.writer_a");
        assertThat(profile.docUrls()).containsExactly(EC2_PAGE);
        assertThat(english(profile)).contains("aws_iam_instance_profile.writer_a",
                "iam_instance_profile = aws_iam_instance_profile.writer_a.name", "ec2.amazonaws.com");
        assertThat(noteKeys(explanation("ec2", "TrustServicesWithoutSourceKeys"))).contains("explain.note.ec2InstanceProfile");
    }

    @Test
    void aChinaSuffixedPrincipalIsExplainedInTheFormTheTrustPolicyUses() {
        Explanation trust = explanation("cnSuffix", "TrustEcs");
        assertThat(english(trust)).contains("ecs-tasks.amazonaws.com").doesNotContain(".amazonaws.com.cn");
        assertThat(trust.docUrls()).startsWith(ECS_PAGE);
    }
}
