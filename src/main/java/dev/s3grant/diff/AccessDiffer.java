package dev.s3grant.diff;

import dev.s3grant.policy.Condition;
import dev.s3grant.policy.PolicyDocument;
import dev.s3grant.policy.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares two policies by meaning. They are equal when they state the same set of
 * {@link Grant}s. Otherwise the statements that gain or lose grants are paired (by Sid, then by
 * the most elements in common with the same effect) and each is described by the actions,
 * resources, principals and conditions it adds or removes.
 */
final class AccessDiffer {

    private AccessDiffer() {
    }

    static PolicyComparison compare(String attribute, PolicyDocument oldPolicy, PolicyDocument newPolicy) {
        List<Side> oldSides = sides(oldPolicy);
        List<Side> newSides = sides(newPolicy);
        Set<Grant> oldGrants = allGrants(oldSides);
        Set<Grant> newGrants = allGrants(newSides);
        if (oldGrants.equals(newGrants)) {
            boolean sameVersion = oldPolicy.version().equals(newPolicy.version());
            return new PolicyComparison(sameVersion ? ChangeLabel.FORMATTING_ONLY : ChangeLabel.CHANGED, List.of());
        }
        List<Side> removedFrom = oldSides.stream().filter(s -> !newGrants.containsAll(s.grants)).toList();
        List<Side> addedTo = newSides.stream().filter(s -> !oldGrants.containsAll(s.grants)).toList();
        List<AccessChange> changes = new ArrayList<>();
        Set<Side> pairedNew = new HashSet<>();
        List<Side> unpairedOld = new ArrayList<>();
        for (Side old : bySidFirst(removedFrom)) {
            Side match = bestMatch(old, addedTo, pairedNew);
            if (match == null) {
                unpairedOld.add(old);
            } else {
                pairedNew.add(match);
                changes.add(changed(attribute, old, match));
            }
        }
        for (Side old : unpairedOld) {
            changes.add(oneSided(attribute, old, newGrants, ChangeKind.REMOVED));
        }
        for (Side added : addedTo) {
            if (!pairedNew.contains(added)) {
                changes.add(oneSided(attribute, added, oldGrants, ChangeKind.ADDED));
            }
        }
        changes.sort(java.util.Comparator.comparingInt(AccessDiffer::order));
        return new PolicyComparison(ChangeLabel.ACCESS_CHANGED, changes);
    }

    /** Changed statements first, then removed, then added; within each, as found. */
    private static int order(AccessChange change) {
        return switch (change.kind()) {
            case CHANGED, MOVED -> 0;
            case REMOVED -> 1;
            case ADDED -> 2;
        };
    }

    /** A statement, its position, its elements and its grants. */
    private record Side(Statement statement, int position, StatementElements elements, Set<Grant> grants) {

        String name() {
            return statement.sid().isEmpty() ? "#" + position : statement.sid();
        }
    }

    private static List<Side> sides(PolicyDocument policy) {
        List<Side> sides = new ArrayList<>();
        for (int i = 0; i < policy.statements().size(); i++) {
            Statement s = policy.statements().get(i);
            StatementElements elements = StatementElements.of(s);
            sides.add(new Side(s, i + 1, elements, grants(s, elements)));
        }
        return sides;
    }

    private static Set<Grant> grants(Statement s, StatementElements elements) {
        String conditions = String.join("\n", new TreeSet<>(elements.conditions().keySet()));
        Set<Grant> grants = new LinkedHashSet<>();
        for (String combination : elements.combinations()) {
            String[] parts = combination.split("\n", -1);
            grants.add(new Grant(s.effect(), parts[0], parts[1], parts[2], conditions));
        }
        return grants;
    }

    private static Set<Grant> allGrants(List<Side> sides) {
        Set<Grant> all = new HashSet<>();
        sides.forEach(s -> all.addAll(s.grants));
        return all;
    }

    private static List<Side> bySidFirst(List<Side> sides) {
        List<Side> ordered = new ArrayList<>(sides.stream().filter(s -> !s.statement.sid().isEmpty()).toList());
        sides.stream().filter(s -> s.statement.sid().isEmpty()).forEach(ordered::add);
        return ordered;
    }

    private static Side bestMatch(Side old, List<Side> candidates, Set<Side> taken) {
        if (!old.statement.sid().isEmpty()) {
            for (Side candidate : candidates) {
                if (!taken.contains(candidate) && candidate.statement.sid().equals(old.statement.sid())
                        && candidate.statement.effect() == old.statement.effect()) {
                    return candidate;
                }
            }
        }
        Side best = null;
        int bestScore = 0;
        for (Side candidate : candidates) {
            if (taken.contains(candidate) || candidate.statement.effect() != old.statement.effect()) {
                continue;
            }
            int score = common(old.elements.actions(), candidate.elements.actions())
                    + common(old.elements.resources(), candidate.elements.resources())
                    + common(old.elements.principals(), candidate.elements.principals())
                    + common(old.elements.conditions(), candidate.elements.conditions());
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    private static int common(Map<String, ?> a, Map<String, ?> b) {
        return (int) a.keySet().stream().filter(b::containsKey).count();
    }

    private static AccessChange changed(String attribute, Side old, Side now) {
        StatementElements o = old.elements;
        StatementElements n = now.elements;
        String name = !now.statement.sid().isEmpty() || old.statement.sid().isEmpty() ? now.name() : old.name();
        return new AccessChange(attribute, name, ChangeKind.CHANGED, now.statement.effect(),
                textChanges(o.actions(), n.actions()),
                textChanges(o.resources(), n.resources()),
                principalChanges(o.principals(), n.principals()),
                conditionChanges(o.conditions(), n.conditions()));
    }

    /** A statement with no counterpart: the elements of the grants that the other side lacks. */
    private static AccessChange oneSided(String attribute, Side side, Set<Grant> otherGrants, ChangeKind kind) {
        Set<String> actions = new LinkedHashSet<>();
        Set<String> resources = new LinkedHashSet<>();
        Set<String> principals = new LinkedHashSet<>();
        for (Grant grant : side.grants) {
            if (!otherGrants.contains(grant)) {
                actions.add(grant.action());
                resources.add(grant.resource());
                principals.add(grant.principal());
            }
        }
        StatementElements e = side.elements;
        List<ElementChange> actionChanges = new ArrayList<>();
        e.actions().forEach((key, shown) -> {
            if (actions.contains(key)) {
                actionChanges.add(new ElementChange(shown, kind));
            }
        });
        List<ElementChange> resourceChanges = new ArrayList<>();
        e.resources().forEach((key, shown) -> {
            if (resources.contains(key)) {
                resourceChanges.add(new ElementChange(shown, kind));
            }
        });
        List<PrincipalChange> principalChanges = new ArrayList<>();
        e.principals().forEach((key, p) -> {
            if (principals.contains(key)) {
                principalChanges.add(new PrincipalChange(p.type(), p.value(), kind));
            }
        });
        List<ConditionChange> conditionChanges = new ArrayList<>();
        e.conditions().values().forEach(c -> conditionChanges.add(condition(c, kind)));
        return new AccessChange(attribute, side.name(), kind, side.statement.effect(),
                actionChanges, resourceChanges, principalChanges, conditionChanges);
    }

    private static List<ElementChange> textChanges(Map<String, String> old, Map<String, String> now) {
        List<ElementChange> out = new ArrayList<>();
        old.forEach((key, shown) -> {
            if (!now.containsKey(key)) {
                out.add(new ElementChange(shown, ChangeKind.REMOVED));
            }
        });
        now.forEach((key, shown) -> {
            if (!old.containsKey(key)) {
                out.add(new ElementChange(shown, ChangeKind.ADDED));
            }
        });
        return out;
    }

    private static List<PrincipalChange> principalChanges(Map<String, PrincipalChange> old, Map<String, PrincipalChange> now) {
        List<PrincipalChange> out = new ArrayList<>();
        old.forEach((key, p) -> {
            if (!now.containsKey(key)) {
                out.add(new PrincipalChange(p.type(), p.value(), ChangeKind.REMOVED));
            }
        });
        now.forEach((key, p) -> {
            if (!old.containsKey(key)) {
                out.add(new PrincipalChange(p.type(), p.value(), ChangeKind.ADDED));
            }
        });
        return out;
    }

    private static List<ConditionChange> conditionChanges(Map<String, Condition> old, Map<String, Condition> now) {
        List<ConditionChange> out = new ArrayList<>();
        old.forEach((key, c) -> {
            if (!now.containsKey(key)) {
                out.add(condition(c, ChangeKind.REMOVED));
            }
        });
        now.forEach((key, c) -> {
            if (!old.containsKey(key)) {
                out.add(condition(c, ChangeKind.ADDED));
            }
        });
        return out;
    }

    private static ConditionChange condition(Condition c, ChangeKind kind) {
        return new ConditionChange(c.operator(), c.key(), c.values(), kind);
    }

    /** Every statement of a policy as added (for a policy that exists on the new side only) or removed. */
    static List<AccessChange> whole(String attribute, PolicyDocument policy, ChangeKind kind) {
        PolicyDocument empty = PolicyDocument.of(List.of());
        PolicyComparison comparison = kind == ChangeKind.ADDED
                ? compare(attribute, empty, policy) : compare(attribute, policy, empty);
        return comparison.changes();
    }
}
