package dev.s3grant.model;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The service principals the designer knows and the confused-deputy condition each one documents,
 * each with the AWS page that documents both (docs/decisions/0017-service-catalogue.md). Services
 * whose page shows no condition get none: adding keys a service does not send breaks role
 * assumption.
 */
public final class ServiceCatalog {

    public static final String ECS_TASKS = "ecs-tasks.amazonaws.com";
    public static final String BATCH_SERVICE = "batch.amazonaws.com";
    public static final String EC2 = "ec2.amazonaws.com";
    public static final String FIREHOSE = "firehose.amazonaws.com";

    /** The suffix of every service principal, in every partition (China included). */
    public static final String SUFFIX = ".amazonaws.com";
    /** The China endpoint suffix that IAM rejects in a {@code Principal.Service} (docs/aws-rules.md#service-principal-format). */
    public static final String CHINA_SUFFIX = ".amazonaws.com.cn";

    /** What a service principal must look like. */
    public static final Pattern SERVICE_PRINCIPAL = Pattern.compile("^[a-z0-9][a-z0-9.-]*\\.amazonaws\\.com$");
    /** A principal written with the China endpoint suffix instead. */
    public static final Pattern CHINA_SUFFIXED = Pattern.compile("^[a-z0-9][a-z0-9.-]*\\.amazonaws\\.com\\.cn$");

    /** Which confused-deputy keys a service documents. */
    public enum Guard {
        /** {@code aws:SourceAccount} and {@code aws:SourceArn}. */
        SOURCE_ACCOUNT_AND_ARN,
        /** {@code aws:SourceAccount} only. */
        SOURCE_ACCOUNT,
        /** {@code sts:ExternalId} set to the account ID. */
        EXTERNAL_ID,
        /** Nothing documented: no condition. */
        NONE
    }

    /**
     * One catalogue entry. {@code key} names the service in message keys; {@code sourceArnService}
     * and {@code sourceArnResource} build {@code arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE};
     * {@code docUrl} is the page that documents the principal and its confused-deputy keys (or
     * shows a trust policy without any).
     */
    public record Entry(String key, String principal, Guard guard, String sourceArnService, String sourceArnResource,
                        String docUrl) {
    }

    private static final List<Entry> ENTRIES = List.of(
            new Entry("ecs", ECS_TASKS, Guard.SOURCE_ACCOUNT_AND_ARN, "ecs", "*",
                    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-iam-roles.html"),
            new Entry("lambda", "lambda.amazonaws.com", Guard.NONE, "", "",
                    "https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html"),
            new Entry("glue", "glue.amazonaws.com", Guard.NONE, "", "",
                    "https://docs.aws.amazon.com/glue/latest/dg/create-an-iam-role.html"),
            new Entry("states", "states.amazonaws.com", Guard.SOURCE_ACCOUNT_AND_ARN, "states", "stateMachine:*",
                    "https://docs.aws.amazon.com/step-functions/latest/dg/procedure-create-iam-role.html"),
            new Entry("scheduler", "scheduler.amazonaws.com", Guard.SOURCE_ACCOUNT_AND_ARN, "scheduler",
                    "schedule-group/*",
                    "https://docs.aws.amazon.com/scheduler/latest/UserGuide/cross-service-confused-deputy-prevention.html"),
            new Entry("ec2", EC2, Guard.NONE, "", "",
                    "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-ec2_instance-profiles.html"),
            new Entry("emrServerless", "emr-serverless.amazonaws.com", Guard.SOURCE_ACCOUNT, "", "",
                    "https://docs.aws.amazon.com/emr/latest/EMR-Serverless-UserGuide/getting-started.html#gs-runtime-role"),
            new Entry("sagemaker", "sagemaker.amazonaws.com", Guard.NONE, "", "",
                    "https://docs.aws.amazon.com/sagemaker/latest/dg/sagemaker-roles.html#sagemaker-roles-pass-role"),
            new Entry("codebuild", "codebuild.amazonaws.com", Guard.NONE, "", "",
                    "https://docs.aws.amazon.com/codebuild/latest/userguide/setting-up-service-role.html"),
            new Entry("firehose", FIREHOSE, Guard.EXTERNAL_ID, "", "",
                    "https://docs.aws.amazon.com/firehose/latest/dev/controlling-access.html#firehose-assume-role"));

    private ServiceCatalog() {
    }

    /** Every known service, in the order the window lists them. */
    public static List<Entry> entries() {
        return ENTRIES;
    }

    /** The entry of a principal as written; a {@code .amazonaws.com.cn} form finds nothing here (see {@link #intended}). */
    public static Optional<Entry> find(String principal) {
        return ENTRIES.stream().filter(e -> e.principal().equals(principal)).findFirst();
    }

    /** The entry a principal was meant as: itself, or the {@code .amazonaws.com} form of a China-suffixed one. */
    public static Optional<Entry> intended(String principal) {
        return find(canonical(principal));
    }

    /** The guard for a principal; unknown (custom) principals get none unless the user adds one. */
    public static Guard guardOf(String principal) {
        return intended(principal).map(Entry::guard).orElse(Guard.NONE);
    }

    /** True for a principal written with the China endpoint suffix, which IAM rejects. */
    public static boolean hasChinaSuffix(String principal) {
        return CHINA_SUFFIXED.matcher(principal).matches();
    }

    /**
     * The form IAM accepts: a China-suffixed principal without its {@code .cn}, every other
     * principal unchanged. China regions use the {@code .amazonaws.com} form too.
     */
    public static String canonical(String principal) {
        return hasChinaSuffix(principal) ? principal.substring(0, principal.length() - ".cn".length()) : principal;
    }

    /** A principal of the form IAM accepts. */
    public static boolean isValidCustomPrincipal(String principal) {
        return SERVICE_PRINCIPAL.matcher(principal).matches();
    }

    /** A principal the design may hold: valid, or China-suffixed (a finding says which form to use). */
    public static boolean isRecognisable(String principal) {
        return isValidCustomPrincipal(principal) || hasChinaSuffix(principal);
    }
}
