package dev.s3grant.analysis.document;

import dev.s3grant.analysis.Finding;
import dev.s3grant.analysis.Location;
import dev.s3grant.model.ServiceCatalog;
import dev.s3grant.policy.Condition;
import dev.s3grant.policy.ConditionKeys;
import dev.s3grant.policy.DocumentKind;
import dev.s3grant.policy.Effect;
import dev.s3grant.policy.PolicyDocument;
import dev.s3grant.policy.Statement;
import dev.s3grant.text.Code;
import dev.s3grant.text.CodeList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Runs {@link DocumentRules} over one policy document of any origin. Locations name the file and,
 * in a {@code .tf}, the Terraform address, then the statement by its Sid or as {@code Statement[n]}.
 */
public final class DocumentChecks {

    private static final String ACL_KEY = "s3:x-amz-acl";
    private static final Set<String> ACL_ACTIONS = Set.of("s3:putobjectacl", "s3:putobjectversionacl");
    private static final Set<String> SOURCE_KEYS = Set.of("aws:sourceaccount", "aws:sourcearn", "aws:sourceorgid",
            "aws:sourceorgpaths");

    private DocumentChecks() {
    }

    /**
     * @param file    the file's name
     * @param address the Terraform address of the document in the file, or empty for a JSON file
     */
    public static List<Finding> check(String file, String address, Optional<DocumentKind> kind, PolicyDocument document) {
        List<Finding> findings = new ArrayList<>();
        if (kind.equals(Optional.of(DocumentKind.BUCKET_POLICY)) && document.statements().stream().noneMatch(DocumentChecks::deniesPlainHttp)) {
            Location where = address.isEmpty() ? new Location.FileLocation(file) : new Location.FileElementLocation(file, address);
            findings.add(DocumentRules.INSECURE_TRANSPORT_ALLOWED.at(where));
        }
        List<Statement> statements = document.statements();
        for (int i = 0; i < statements.size(); i++) {
            Statement s = statements.get(i);
            Location where = new Location.FileElementLocation(file,
                    (address.isEmpty() ? "" : address + "/") + (s.sid().isEmpty() ? "Statement[" + (i + 1) + "]" : s.sid()));
            if (s.effect() == Effect.Allow) {
                s.actions().stream().filter(a -> ACL_ACTIONS.contains(a.toLowerCase(Locale.ROOT)))
                        .forEach(a -> findings.add(DocumentRules.OBJECT_ACL_GRANTED.at(where, new Code(a))));
                List<String> unguarded = unguardedServices(s);
                if (!unguarded.isEmpty()) {
                    findings.add(DocumentRules.CONFUSED_DEPUTY_KEYS_MISSING.at(where, new CodeList(unguarded)));
                }
            }
            for (Condition c : s.conditions()) {
                if (c.key().equalsIgnoreCase(ACL_KEY) && requiresHeader(s.effect(), c.operator())) {
                    findings.add(DocumentRules.ACL_HEADER_REQUIRED.at(where, new Code(c.operator()), new CodeList(c.values())));
                }
            }
        }
        return List.copyOf(findings);
    }

    private static boolean deniesPlainHttp(Statement s) {
        return s.effect() == Effect.Deny && s.conditions().stream().anyMatch(c -> c.key().equalsIgnoreCase(ConditionKeys.SECURE_TRANSPORT)
                && c.operator().startsWith(ConditionKeys.BOOL) && c.values().equals(List.of("false")));
    }

    /** An Allow that must match the header, or a Deny of every other value: both turn away a write without it. */
    private static boolean requiresHeader(Effect effect, String operator) {
        boolean negated = operator.contains("Not");
        boolean ifExists = operator.endsWith("IfExists");
        return effect == Effect.Allow ? !negated && !ifExists && !operator.equals(ConditionKeys.NULL)
                : negated && !ifExists;
    }

    /** The trusted services that document confused-deputy keys, when the statement has none of them. */
    private static List<String> unguardedServices(Statement s) {
        if (s.principal() == null || s.principal().services().isEmpty()
                || s.actions().stream().noneMatch(a -> a.toLowerCase(Locale.ROOT).startsWith("sts:assumerole"))) {
            return List.of();
        }
        boolean sourceKeys = s.conditions().stream().anyMatch(c -> positive(c) && SOURCE_KEYS.contains(c.key().toLowerCase(Locale.ROOT)));
        boolean externalId = s.conditions().stream().anyMatch(c -> positive(c) && c.key().equalsIgnoreCase(ConditionKeys.EXTERNAL_ID));
        return s.principal().services().stream().filter(service -> switch (ServiceCatalog.guardOf(service)) {
            case SOURCE_ACCOUNT_AND_ARN, SOURCE_ACCOUNT -> !sourceKeys;
            case EXTERNAL_ID -> !externalId;
            case NONE -> false;
        }).toList();
    }

    private static boolean positive(Condition c) {
        return !c.operator().contains("Not") && !c.operator().endsWith("IfExists") && !c.operator().contains(":");
    }
}
