package dev.s3grant.existing.reading;

import dev.s3grant.policy.LiteralText;
import dev.s3grant.policy.Condition;
import dev.s3grant.policy.Effect;
import dev.s3grant.policy.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The statements of a bucket policy in the shared-role style (docs/decisions/0043-shared-role-principal-style.md):
 * an Allow of {@code s3:PutObject} to {@code "AWS": "*"} whose {@code ArnLike aws:PrincipalArn} names a role in
 * any account ({@code arn:…:iam::*:role/PATH/NAME}) and whose {@code aws:PrincipalAccount} lists the writer
 * accounts. Each is one group of writers that share the role (docs/decisions/0053-reading-the-shared-role-style-back.md).
 */
final class SharedRoleStatements {

    private static final Pattern ANY_ACCOUNT_ROLE = Pattern.compile("arn:[a-z-]+:iam::\\*:role(/(?:.*/)?)([^/]+)");

    /**
     * One shared statement: the role's path and name, the accounts it lists (in the statement's order), the
     * organizational unit it names instead ({@code aws:PrincipalOrgPaths} without its trailing {@code *}, or empty;
     * docs/decisions/0052-writers-by-organizational-unit.md), the upkeep actions it or its upload-cleanup
     * statement grants, and where it is in the policy.
     */
    record Group(String path, String name, List<String> accounts, String orgPath, boolean abort, boolean tagging,
                 Statement statement, int index) {

        Group {
            accounts = List.copyOf(accounts);
        }

        String pathAndName() {
            return path + name;
        }
    }

    private SharedRoleStatements() {
    }

    /** The shared statements of the bucket policy, in its order. */
    static List<Group> of(List<Statement> bucketStatements) {
        List<Group> groups = new ArrayList<>();
        for (int i = 0; i < bucketStatements.size(); i++) {
            Statement s = bucketStatements.get(i);
            Optional<Matcher> role = sharedRole(s);
            if (role.isEmpty() || !s.actions().contains("s3:PutObject")) {
                continue;
            }
            List<String> accounts = accounts(s);
            Set<String> actions = new HashSet<>(s.actions());
            for (Statement other : bucketStatements) {
                // with ACLs enabled the upkeep actions have a statement of their own for the same writers
                if (other != s && !other.actions().contains("s3:PutObject") && sharedRole(other).map(m -> m.group(0))
                        .equals(Optional.of(role.get().group(0))) && accounts(other).equals(accounts)) {
                    actions.addAll(other.actions());
                }
            }
            groups.add(new Group(LiteralText.unescape(role.get().group(1)), LiteralText.unescape(role.get().group(2)), accounts,
                    orgPath(s), actions.contains("s3:AbortMultipartUpload"), actions.contains("s3:PutObjectTagging"), s, i));
        }
        return groups;
    }

    private static Optional<Matcher> sharedRole(Statement s) {
        if (s.effect() != Effect.Allow || s.principal() == null || !s.principal().aws().equals(List.of("*"))) {
            return Optional.empty();
        }
        return s.conditions().stream().filter(c -> c.key().equals("aws:PrincipalArn") && c.values().size() == 1)
                .map(c -> ANY_ACCOUNT_ROLE.matcher(c.values().get(0))).filter(Matcher::matches).findFirst();
    }

    /** The OU path the statement limits the writers to, as the design writes it (without the trailing {@code *}). */
    private static String orgPath(Statement s) {
        return s.conditions().stream().filter(c -> c.key().equals("aws:PrincipalOrgPaths") && c.values().size() == 1)
                .map(c -> LiteralText.unescape(c.values().get(0))).map(v -> v.endsWith("*") ? v.substring(0, v.length() - 1) : v)
                .findFirst().orElse("");
    }

    private static List<String> accounts(Statement s) {
        return s.conditions().stream().filter(c -> c.key().equals("aws:PrincipalAccount"))
                .map(Condition::values).findFirst().orElse(List.of());
    }
}
