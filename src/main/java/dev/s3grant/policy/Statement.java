package dev.s3grant.policy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One policy statement. Lists are sorted on construction so that equal statements are equal records
 * and the JSON is canonical. {@code principal} and {@code notPrincipal} are null when absent;
 * exactly one of {@code actions}/{@code notActions} and of {@code resources}/{@code notResources}
 * is normally non-empty (trust policies have no resource).
 */
public record Statement(
        String sid,
        Effect effect,
        Principal principal,
        Principal notPrincipal,
        List<String> actions,
        List<String> notActions,
        List<String> resources,
        List<String> notResources,
        List<Condition> conditions) {

    /** By operator, then key; a lambda of its own, since {@code Comparator.comparing} links lambdas no start-up cache holds (decision 0057). */
    private static final Comparator<Condition> CONDITION_ORDER = (a, b) -> {
        int byOperator = a.operator().compareTo(b.operator());
        return byOperator != 0 ? byOperator : a.key().compareTo(b.key());
    };

    public Statement {
        sid = sid == null ? "" : sid;
        Objects.requireNonNull(effect, "effect");
        actions = sorted(actions);
        notActions = sorted(notActions);
        resources = sorted(resources);
        notResources = sorted(notResources);
        List<Condition> c = new ArrayList<>(conditions);
        c.sort(CONDITION_ORDER);
        conditions = List.copyOf(c);
    }

    /** A statement with the common elements only. */
    public static Statement of(String sid, Effect effect, Principal principal, List<String> actions,
                               List<String> resources, List<Condition> conditions) {
        return new Statement(sid, effect, principal, null, actions, List.of(), resources, List.of(), conditions);
    }

    private static List<String> sorted(List<String> values) {
        List<String> list = new ArrayList<>(values == null ? List.of() : values);
        Collections.sort(list);
        return List.copyOf(list);
    }

    /**
     * Every component equal, as a record's own {@code equals} tests, written out: the generated one is linked on its
     * first call through method handles that no start-up cache holds, about 19 ms of a packaged {@code generate} for
     * the policy records (decision 0057). {@code hashCode} stays the record's own.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Statement s && Objects.equals(sid, s.sid) && effect == s.effect
                && Objects.equals(principal, s.principal) && Objects.equals(notPrincipal, s.notPrincipal)
                && Objects.equals(actions, s.actions) && Objects.equals(notActions, s.notActions)
                && Objects.equals(resources, s.resources) && Objects.equals(notResources, s.notResources)
                && Objects.equals(conditions, s.conditions);
    }
}
