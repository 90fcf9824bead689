package dev.s3grant.explain.any;

import dev.s3grant.model.ServiceCatalog;
import dev.s3grant.policy.Condition;
import dev.s3grant.policy.Principal;
import dev.s3grant.policy.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Judges who a statement reaches. The principal gives the widest reach; a condition that must
 * match (not negated, not {@code IfExists}) on {@code aws:PrincipalOrgID}, {@code aws:PrincipalAccount},
 * {@code aws:PrincipalArn}, {@code aws:SourceAccount}, {@code aws:SourceArn}, {@code aws:SourceOrgID}
 * or a twelve-digit {@code sts:ExternalId} narrows it. A value with a wildcard where the limit
 * lies (an organization or account ID) does not narrow anything.
 */
final class ReachJudge {

    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");
    private static final Pattern ACCOUNT_ROOT = Pattern.compile("arn:[a-z-]+:iam::(\\d{12}):root");
    private static final Pattern ARN_ACCOUNT = Pattern.compile("arn:[a-z-]*:[a-z0-9-]*:[a-z0-9-]*:(\\d{12}):.*");

    private ReachJudge() {
    }

    static StatementReach of(Statement s) {
        if (s.principal() == null && s.notPrincipal() == null) {
            return new StatementReach(Reach.PRINCIPAL, List.of(), true);
        }
        boolean serviceOnly = s.principal() != null && !s.principal().wildcard()
                && s.principal().values().keySet().equals(java.util.Set.of("Service"));
        StatementReach byPrincipal = s.notPrincipal() != null
                ? new StatementReach(Reach.PUBLIC, List.of(), false) : principal(s.principal());
        StatementReach result = byPrincipal;
        for (Condition c : s.conditions()) {
            StatementReach limit = limit(c, serviceOnly);
            if (limit != null && result.kind().widerThan(limit.kind())) {
                result = limit;
            }
        }
        return result;
    }

    private static StatementReach principal(Principal p) {
        if (p.wildcard() || p.aws().contains("*")) {
            return new StatementReach(Reach.PUBLIC, List.of(), false);
        }
        Reach widest = Reach.PRINCIPAL;
        List<String> accounts = new ArrayList<>();
        for (Map.Entry<String, List<String>> type : p.values().entrySet()) {
            for (String value : type.getValue()) {
                Reach r = switch (type.getKey()) {
                    case "AWS" -> isAccount(value) ? Reach.ACCOUNT : Reach.PRINCIPAL;
                    case "CanonicalUser" -> Reach.ACCOUNT;
                    case "Service" -> passedOnly(value) ? Reach.SERVICE_FOR_ACCOUNT : Reach.OUTSIDE_ORGANIZATION;
                    default -> Reach.OUTSIDE_ORGANIZATION;
                };
                if (r == Reach.ACCOUNT) {
                    var root = ACCOUNT_ROOT.matcher(value);
                    accounts.add(root.matches() ? root.group(1) : value);
                }
                widest = r.widerThan(widest) ? r : widest;
            }
        }
        if (widest == Reach.ACCOUNT && accounts.size() > 1) {
            widest = Reach.ACCOUNTS;
        }
        List<String> limits = widest == Reach.OUTSIDE_ORGANIZATION || widest == Reach.SERVICE_FOR_ACCOUNT ? List.of()
                : widest == Reach.PRINCIPAL ? p.values().values().stream().flatMap(List::stream).toList() : accounts;
        return new StatementReach(widest, limits, false);
    }

    /**
     * A catalogued service that documents no confused-deputy keys acts with the role only when a
     * principal of the role's own account passes it the role ({@code iam:PassRole}).
     */
    private static boolean passedOnly(String service) {
        return ServiceCatalog.intended(service).map(e -> e.guard() == ServiceCatalog.Guard.NONE).orElse(false);
    }

    private static boolean isAccount(String value) {
        return ACCOUNT_ID.matcher(value).matches() || ACCOUNT_ROOT.matcher(value).matches();
    }

    /** The reach a condition limits the statement to, or null when it limits nothing. */
    private static StatementReach limit(Condition c, boolean serviceOnly) {
        if (!OperatorParts.of(c.operator()).limits() || c.values().isEmpty()) {
            return null;
        }
        List<String> values = c.values();
        return switch (c.key().toLowerCase(java.util.Locale.ROOT)) {
            case "aws:principalorgid", "aws:sourceorgid" -> noWildcard(values)
                    ? new StatementReach(Reach.ORGANIZATION, values, false) : null;
            case "aws:principalorgpaths", "aws:sourceorgpaths" -> new StatementReach(Reach.ORGANIZATION, values, false);
            case "aws:principalaccount", "kms:calleraccount" -> accounts(values, false);
            case "aws:sourceaccount", "aws:sourceowner" -> accounts(values, serviceOnly);
            case "sts:externalid" -> serviceOnly && values.stream().allMatch(v -> ACCOUNT_ID.matcher(v).matches())
                    ? accounts(values, true) : null;
            case "aws:sourcearn" -> arnAccounts(values, serviceOnly);
            case "aws:principalarn" -> principalArns(values);
            default -> null;
        };
    }

    private static boolean noWildcard(List<String> values) {
        return values.stream().noneMatch(v -> v.contains("*") || v.contains("?"));
    }

    private static StatementReach accounts(List<String> values, boolean forService) {
        if (!noWildcard(values)) {
            return null;
        }
        if (values.size() > 1) {
            return new StatementReach(Reach.ACCOUNTS, values, false);
        }
        return new StatementReach(forService ? Reach.SERVICE_FOR_ACCOUNT : Reach.ACCOUNT, values, false);
    }

    private static StatementReach arnAccounts(List<String> values, boolean forService) {
        List<String> accounts = new ArrayList<>();
        for (String v : values) {
            var m = ARN_ACCOUNT.matcher(v);
            if (!m.matches()) {
                return null;
            }
            if (!accounts.contains(m.group(1))) {
                accounts.add(m.group(1));
            }
        }
        return accounts(accounts, forService);
    }

    private static StatementReach principalArns(List<String> values) {
        if (noWildcard(values)) {
            return new StatementReach(Reach.PRINCIPAL, values, false);
        }
        return arnAccounts(values, false);
    }
}
