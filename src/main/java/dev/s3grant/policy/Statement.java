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

    private static final Comparator<Condition> CONDITION_ORDER =
            Comparator.comparing(Condition::operator).thenComparing(Condition::key);

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
}
