package dev.s3grant.model;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The service principals the designer knows (DOMAIN.md §3) and the confused-deputy condition each
 * one documents. Services that document none get none: adding keys a service does not send breaks
 * role assumption.
 */
public final class ServiceCatalog {

    public static final String ECS_TASKS = "ecs-tasks.amazonaws.com";
    public static final String BATCH_SERVICE = "batch.amazonaws.com";

    /** What a custom service principal must look like. */
    public static final Pattern SERVICE_PRINCIPAL = Pattern.compile("^[a-z0-9][a-z0-9.-]*\\.amazonaws\\.com(\\.cn)?$");

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
     * and {@code sourceArnResource} build {@code arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE}.
     */
    public record Entry(String key, String principal, Guard guard, String sourceArnService, String sourceArnResource) {
    }

    private static final List<Entry> ENTRIES = List.of(
            new Entry("ecs", ECS_TASKS, Guard.SOURCE_ACCOUNT_AND_ARN, "ecs", "*"),
            new Entry("lambda", "lambda.amazonaws.com", Guard.NONE, "", ""),
            new Entry("glue", "glue.amazonaws.com", Guard.NONE, "", ""),
            new Entry("states", "states.amazonaws.com", Guard.SOURCE_ACCOUNT_AND_ARN, "states", "stateMachine:*"),
            new Entry("ec2", "ec2.amazonaws.com", Guard.NONE, "", ""),
            new Entry("emrServerless", "emr-serverless.amazonaws.com", Guard.NONE, "", ""),
            new Entry("sagemaker", "sagemaker.amazonaws.com", Guard.NONE, "", ""),
            new Entry("codebuild", "codebuild.amazonaws.com", Guard.SOURCE_ACCOUNT, "", ""),
            new Entry("firehose", "firehose.amazonaws.com", Guard.EXTERNAL_ID, "", ""));

    private ServiceCatalog() {
    }

    /** Every known service, in the order the window lists them. */
    public static List<Entry> entries() {
        return ENTRIES;
    }

    public static Optional<Entry> find(String principal) {
        return ENTRIES.stream().filter(e -> e.principal().equals(principal)).findFirst();
    }

    /** The guard for a principal; unknown (custom) principals get none unless the user adds one. */
    public static Guard guardOf(String principal) {
        return find(principal).map(Entry::guard).orElse(Guard.NONE);
    }

    public static boolean isValidCustomPrincipal(String principal) {
        return SERVICE_PRINCIPAL.matcher(principal).matches();
    }
}
