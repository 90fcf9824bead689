package dev.s3grant.analysis.access;

import dev.s3grant.model.ServiceCatalog;
import dev.s3grant.policy.ConditionKeys;
import java.util.Optional;

/**
 * The keys a service puts into its {@code sts:AssumeRole} request when it acts for an account, as the
 * service catalogue says (docs/aws-rules.md#service-catalogue): {@code aws:SourceAccount} and, where
 * the caller knows one, {@code aws:SourceArn}; or {@code sts:ExternalId} (Firehose); or none. The
 * design's access matrix and the check of existing files build their trust rows with it.
 */
public final class ServiceKeys {

    private ServiceKeys() {
    }

    /** {@code context} with the keys {@code entry}'s service sends for {@code sourceAccount}. */
    public static RequestContext add(RequestContext context, ServiceCatalog.Entry entry, String sourceAccount,
                                     Optional<String> sourceArn) {
        return switch (entry.guard()) {
            case SOURCE_ACCOUNT_AND_ARN, SOURCE_ACCOUNT -> {
                RequestContext withAccount = context.with(ConditionKeys.SOURCE_ACCOUNT, sourceAccount);
                yield sourceArn.map(arn -> withAccount.with(ConditionKeys.SOURCE_ARN, arn)).orElse(withAccount);
            }
            case EXTERNAL_ID -> context.with(ConditionKeys.EXTERNAL_ID, sourceAccount);
            case NONE -> context;
        };
    }
}
