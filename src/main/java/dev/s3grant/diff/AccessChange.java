package dev.s3grant.diff;

import dev.s3grant.policy.Effect;
import java.util.List;
import java.util.Objects;

/**
 * What one policy statement adds or removes. {@code attribute} names the attribute holding the
 * policy ({@code policy}, {@code assume_role_policy}; empty for an {@code aws_iam_policy_document}
 * block itself); {@code statement} is the statement's Sid, or {@code #n} (its 1-based position)
 * without one. {@code kind} says whether the whole statement is new, gone, or changed.
 */
public record AccessChange(
        String attribute,
        String statement,
        ChangeKind kind,
        Effect effect,
        List<ElementChange> actions,
        List<ElementChange> resources,
        List<PrincipalChange> principals,
        List<ConditionChange> conditions) {

    public AccessChange {
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(effect, "effect");
        actions = List.copyOf(actions);
        resources = List.copyOf(resources);
        principals = List.copyOf(principals);
        conditions = List.copyOf(conditions);
    }
}
