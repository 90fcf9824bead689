package dev.s3grant.policy;

import dev.s3grant.model.Design;
import dev.s3grant.model.ServiceCatalog;
import dev.s3grant.model.ServiceCatalog.Guard;
import dev.s3grant.model.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A writer role's trust policy (docs/aws-rules.md#trust-service-key, docs/aws-rules.md#confused-deputy,
 * docs/aws-rules.md#service-catalogue). Each service that documents confused-deputy
 * keys gets a statement of its own with those keys; the others share one statement with no
 * condition, so a key a service never sends cannot break role assumption.
 */
public final class TrustPolicyGenerator {

    public static final String ASSUME_ROLE = "sts:AssumeRole";

    private TrustPolicyGenerator() {
    }

    public static PolicyDocument generate(Design design, Writer writer) {
        List<String> services = writer.principals().trustedServices();
        List<Statement> statements = new ArrayList<>();
        if (!design.options().confusedDeputyGuard()) {
            if (!services.isEmpty()) {
                statements.add(trust(Sids.TRUST_SERVICES, services, List.of()));
            }
            return PolicyDocument.of(statements);
        }
        List<String> unguarded = new ArrayList<>();
        for (String service : services) {
            Optional<ServiceCatalog.Entry> entry = ServiceCatalog.find(service);
            if (entry.isEmpty() || entry.get().guard() == Guard.NONE) {
                unguarded.add(service);
            } else {
                statements.add(trust(Sids.trust(entry.get().key()), List.of(service),
                        guardConditions(design, writer, entry.get())));
            }
        }
        if (!unguarded.isEmpty()) {
            statements.add(trust(Sids.TRUST_UNGUARDED_SERVICES, unguarded, List.of()));
        }
        return PolicyDocument.of(statements);
    }

    /** The confused-deputy conditions a catalogued service documents. */
    static List<Condition> guardConditions(Design design, Writer writer, ServiceCatalog.Entry entry) {
        String account = writer.accountId();
        return switch (entry.guard()) {
            case SOURCE_ACCOUNT_AND_ARN -> List.of(
                    Condition.of(ConditionKeys.STRING_EQUALS, ConditionKeys.SOURCE_ACCOUNT, account),
                    Condition.of(ConditionKeys.ARN_LIKE, ConditionKeys.SOURCE_ARN,
                            Arns.regional(design, entry.sourceArnService(), account, entry.sourceArnResource())));
            case SOURCE_ACCOUNT -> List.of(
                    Condition.of(ConditionKeys.STRING_EQUALS, ConditionKeys.SOURCE_ACCOUNT, account));
            case EXTERNAL_ID -> List.of(
                    Condition.of(ConditionKeys.STRING_EQUALS, ConditionKeys.EXTERNAL_ID, account));
            case NONE -> List.of();
        };
    }

    private static Statement trust(String sid, List<String> services, List<Condition> conditions) {
        return Statement.of(sid, Effect.Allow, Principal.service(services), List.of(ASSUME_ROLE), List.of(), conditions);
    }
}
