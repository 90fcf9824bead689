package dev.s3grant.ui.forms;

import dev.s3grant.model.ServiceCatalog;

/** The one-line hint shown beside each catalogued service. Keys are spelled out so a test can find them. */
public final class ServiceHints {

    private ServiceHints() {
    }

    public static String key(ServiceCatalog.Entry entry) {
        return switch (entry.key()) {
            case "ecs" -> "ui.service.ecs";
            case "lambda" -> "ui.service.lambda";
            case "glue" -> "ui.service.glue";
            case "states" -> "ui.service.states";
            case "scheduler" -> "ui.service.scheduler";
            case "ec2" -> "ui.service.ec2";
            case "emrServerless" -> "ui.service.emrServerless";
            case "sagemaker" -> "ui.service.sagemaker";
            case "codebuild" -> "ui.service.codebuild";
            case "firehose" -> "ui.service.firehose";
            default -> "ui.service.other";
        };
    }
}
