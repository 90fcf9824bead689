package dev.s3grant.terraform;

import dev.s3grant.policy.Condition;
import dev.s3grant.policy.PolicyDocument;
import dev.s3grant.policy.Principal;
import dev.s3grant.policy.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A policy document as <code>jsonencode({ ... })</code>, mirroring the canonical JSON: the same keys
 * in the same order, one value as a string, several as a tuple. Condition keys such as
 * {@code "aws:PrincipalOrgID"} are quoted object keys.
 */
final class JsonencodePolicy {

    private JsonencodePolicy() {
    }

    static HclExpr of(PolicyDocument document, Function<String, TemplateText> text) {
        List<HclExpr> statements = new ArrayList<>();
        for (Statement s : document.statements()) {
            statements.add(statement(s, text));
        }
        return HclExpr.call("jsonencode", new HclExpr.Obj(List.of(
                new HclExpr.Entry("Version", HclExpr.string(document.version())),
                new HclExpr.Entry("Statement", HclExpr.tuple(statements)))));
    }

    private static HclExpr statement(Statement s, Function<String, TemplateText> text) {
        List<HclExpr.Entry> entries = new ArrayList<>();
        if (!s.sid().isEmpty()) {
            entries.add(new HclExpr.Entry("Sid", HclExpr.text(text.apply(s.sid()))));
        }
        entries.add(new HclExpr.Entry("Effect", HclExpr.string(s.effect().name())));
        if (s.principal() != null) {
            entries.add(new HclExpr.Entry("Principal", principal(s.principal(), text)));
        }
        if (s.notPrincipal() != null) {
            entries.add(new HclExpr.Entry("NotPrincipal", principal(s.notPrincipal(), text)));
        }
        addList(entries, "Action", s.actions(), text);
        addList(entries, "NotAction", s.notActions(), text);
        addList(entries, "Resource", s.resources(), text);
        addList(entries, "NotResource", s.notResources(), text);
        if (!s.conditions().isEmpty()) {
            entries.add(new HclExpr.Entry("Condition", conditions(s.conditions(), text)));
        }
        return new HclExpr.Obj(entries);
    }

    private static HclExpr principal(Principal p, Function<String, TemplateText> text) {
        if (p.wildcard()) {
            return HclExpr.string("*");
        }
        List<HclExpr.Entry> entries = new ArrayList<>();
        p.values().forEach((type, values) -> entries.add(new HclExpr.Entry(type, valueOrTuple(values, text))));
        return new HclExpr.Obj(entries);
    }

    private static HclExpr conditions(List<Condition> conditions, Function<String, TemplateText> text) {
        Map<String, List<HclExpr.Entry>> byOperator = new LinkedHashMap<>();
        for (Condition c : conditions) {
            byOperator.computeIfAbsent(c.operator(), k -> new ArrayList<>())
                    .add(new HclExpr.Entry(c.key(), valueOrTuple(c.values(), text)));
        }
        List<HclExpr.Entry> entries = new ArrayList<>();
        byOperator.forEach((operator, keys) -> entries.add(new HclExpr.Entry(operator, new HclExpr.Obj(keys))));
        return new HclExpr.Obj(entries);
    }

    private static void addList(List<HclExpr.Entry> entries, String key, List<String> values,
                                Function<String, TemplateText> text) {
        if (!values.isEmpty()) {
            entries.add(new HclExpr.Entry(key, valueOrTuple(values, text)));
        }
    }

    private static HclExpr valueOrTuple(List<String> values, Function<String, TemplateText> text) {
        if (values.size() == 1) {
            return HclExpr.text(text.apply(values.get(0)));
        }
        return HclExpr.tuple(values.stream().map(v -> HclExpr.text(text.apply(v))).toList());
    }
}
