package dev.s3grant.diff;

import dev.s3grant.policy.Condition;
import dev.s3grant.policy.Principal;
import dev.s3grant.policy.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The elements of one statement, each keyed the way IAM compares it: action names and condition
 * keys without regard to case, {@code NotAction}/{@code NotResource}/{@code NotPrincipal} marked
 * with {@code !}, and {@code {"AWS": "*"}} the same as {@code "*"}. Keys map to the text to show.
 */
record StatementElements(
        Map<String, String> actions,
        Map<String, String> resources,
        Map<String, PrincipalChange> principals,
        Map<String, Condition> conditions) {

    /** The principal type and value of {@code "*"}, anyone. */
    static final String ANYONE = "*";

    static StatementElements of(Statement s) {
        Map<String, String> actions = new LinkedHashMap<>();
        s.actions().forEach(a -> actions.put(a.toLowerCase(Locale.ROOT), a));
        s.notActions().forEach(a -> actions.put("!" + a.toLowerCase(Locale.ROOT), "!" + a));
        Map<String, String> resources = new LinkedHashMap<>();
        s.resources().forEach(r -> resources.put(r, r));
        s.notResources().forEach(r -> resources.put("!" + r, "!" + r));
        Map<String, PrincipalChange> principals = new LinkedHashMap<>();
        addPrincipals(s.principal(), "", principals);
        addPrincipals(s.notPrincipal(), "!", principals);
        Map<String, Condition> conditions = new LinkedHashMap<>();
        for (Condition c : s.conditions()) {
            conditions.put(conditionKey(c), c);
        }
        return new StatementElements(actions, resources, principals, conditions);
    }

    private static void addPrincipals(Principal principal, String prefix, Map<String, PrincipalChange> into) {
        if (principal == null) {
            return;
        }
        if (principal.wildcard()) {
            into.put(prefix + ANYONE, new PrincipalChange(prefix + ANYONE, ANYONE, ChangeKind.ADDED));
            return;
        }
        principal.values().forEach((type, values) -> values.forEach(value -> {
            boolean anyone = type.equals("AWS") && value.equals(ANYONE);
            String shownType = prefix + (anyone ? ANYONE : type);
            into.put(shownType + " " + value, new PrincipalChange(shownType, value, ChangeKind.ADDED));
        }));
    }

    static String conditionKey(Condition c) {
        return c.operator() + " " + c.key().toLowerCase(Locale.ROOT) + " " + c.values();
    }

    /** The (principal, action, resource) combinations, each a grant once the effect and conditions are added. */
    List<String> combinations() {
        List<String> out = new ArrayList<>();
        List<String> principalKeys = principals.isEmpty() ? List.of("") : List.copyOf(principals.keySet());
        List<String> actionKeys = actions.isEmpty() ? List.of("") : List.copyOf(actions.keySet());
        List<String> resourceKeys = resources.isEmpty() ? List.of("") : List.copyOf(resources.keySet());
        for (String p : principalKeys) {
            for (String a : actionKeys) {
                for (String r : resourceKeys) {
                    out.add(p + "\n" + a + "\n" + r);
                }
            }
        }
        return out;
    }
}
