package dev.s3grant.analysis.access;

import dev.s3grant.policy.PolicyDocument;
import dev.s3grant.policy.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The statements of a resource-based policy by the account their {@code Principal} names, so that
 * a request is matched against the statements that can name its caller rather than against all of
 * them (a bucket policy holds a statement per writer).
 *
 * <p>A caller other than a service is named only by {@code "*"}, by a {@code NotPrincipal}, or by an
 * AWS value whose account is the caller's ({@link PrincipalMatcher}): the account ID itself, or an
 * ARN ({@code arn:PART:SERVICE::ACCOUNT:...}) whose account field is the caller's. So each AWS value
 * is filed under its account field (a value that is not an ARN under itself); a value it cannot
 * file, {@code "*"}, a wildcard principal and every {@code NotPrincipal} go to the statements that
 * are always candidates. Services are rare callers with short trust policies: every statement is a
 * candidate for them.
 */
final class PrincipalIndex {

    private final int size;
    private final List<Integer> always = new ArrayList<>();
    private final Map<String, List<Integer>> byAccount = new HashMap<>();
    private volatile Answer last;

    PrincipalIndex(PolicyDocument document) {
        List<Statement> statements = document.statements();
        size = statements.size();
        for (int i = 0; i < size; i++) {
            Statement s = statements.get(i);
            if (s.notPrincipal() != null || s.principal() != null && s.principal().wildcard()) {
                always.add(i);
            } else if (s.principal() != null) {
                for (String value : s.principal().aws()) {
                    String account = value.equals("*") ? null : accountOf(value);
                    (account == null ? always : byAccount.computeIfAbsent(account, k -> new ArrayList<>())).add(i);
                }
            }
        }
    }

    /**
     * The indices, in statement order, of every statement whose principal can name the caller: a
     * superset of those that do, which {@link PrincipalMatcher} then decides. The rows of one
     * caller come one after the other, so the last answer is kept.
     */
    List<Integer> candidates(Caller caller) {
        Answer last = this.last;
        if (last != null && last.caller().equals(caller)) {
            return last.candidates();
        }
        List<Integer> found = find(caller);
        this.last = new Answer(caller, found);
        return found;
    }

    private List<Integer> find(Caller caller) {
        SortedSet<Integer> candidates = new TreeSet<>();
        if (caller.isService()) {
            for (int i = 0; i < size; i++) {
                candidates.add(i);
            }
            return List.copyOf(candidates);
        }
        candidates.addAll(always);
        // The account's root ARN has the account field of every IAM ARN in the account, role ARNs with any path included.
        String root = "arn:" + caller.partition() + ":iam::" + caller.accountId() + ":root";
        for (String named : List.of(caller.accountId(), caller.arn(), caller.roleArn(), root)) {
            String account = accountOf(named);
            if (account != null) {
                candidates.addAll(byAccount.getOrDefault(account, List.of()));
            }
        }
        return List.copyOf(candidates);
    }

    /** A caller and its candidates. */
    private record Answer(Caller caller, List<Integer> candidates) {
    }

    /**
     * The account field of an ARN (its fifth), the value itself when it is not an ARN (an account
     * ID), or null for an ARN without six fields. Equal values, and ARNs that agree up to their fifth
     * colon, have the same account.
     */
    static String accountOf(String value) {
        if (!value.startsWith("arn:")) {
            return value;
        }
        int colon = 3;
        for (int field = 1; field < 4; field++) {
            colon = value.indexOf(':', colon + 1);
            if (colon < 0) {
                return null;
            }
        }
        int end = value.indexOf(':', colon + 1);
        return end < 0 ? null : value.substring(colon + 1, end);
    }
}
