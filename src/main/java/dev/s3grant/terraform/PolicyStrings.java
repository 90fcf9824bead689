package dev.s3grant.terraform;

import dev.s3grant.policy.Condition;
import dev.s3grant.policy.PolicyDocument;
import dev.s3grant.policy.Principal;
import dev.s3grant.policy.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Rewrites every value string of a policy document (Sids, principals, actions, resources, condition values). */
final class PolicyStrings {

    private PolicyStrings() {
    }

    static PolicyDocument map(PolicyDocument document, UnaryOperator<String> f) {
        return new PolicyDocument(document.version(), document.statements().stream().map(s -> map(s, f)).toList());
    }

    private static Statement map(Statement s, UnaryOperator<String> f) {
        return new Statement(f.apply(s.sid()), s.effect(), map(s.principal(), f), map(s.notPrincipal(), f),
                map(s.actions(), f), map(s.notActions(), f), map(s.resources(), f), map(s.notResources(), f),
                s.conditions().stream().map(c -> new Condition(c.operator(), c.key(), map(c.values(), f))).toList());
    }

    private static Principal map(Principal p, UnaryOperator<String> f) {
        if (p == null || p.wildcard()) {
            return p;
        }
        Map<String, List<String>> values = new LinkedHashMap<>();
        p.values().forEach((type, list) -> values.put(type, map(list, f)));
        return new Principal(false, values);
    }

    private static List<String> map(List<String> values, UnaryOperator<String> f) {
        return values.stream().map(f).toList();
    }
}
