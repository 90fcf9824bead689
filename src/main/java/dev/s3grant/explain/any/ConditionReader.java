package dev.s3grant.explain.any;

import dev.s3grant.model.DocLinks;
import dev.s3grant.model.Message;
import dev.s3grant.policy.Condition;
import dev.s3grant.policy.Effect;
import dev.s3grant.text.Code;
import dev.s3grant.text.CodeList;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Spells out one condition test of any policy: what it checks, how several values combine (OR, or
 * NOR under a negated operator), what happens to a request without the key ({@code IfExists},
 * negated operators, {@code Null}), what the set prefixes do, and what a negated test in a
 * {@code Deny} really denies. Sources: the condition operators page and the page on conditions with
 * several keys or values.
 */
final class ConditionReader {

    private ConditionReader() {
    }

    static ConditionReading read(Condition c, Effect effect) {
        OperatorParts op = OperatorParts.of(c.operator());
        Code key = new Code(c.key());
        CodeList values = new CodeList(c.values());
        List<Message> meaning = new ArrayList<>();
        Set<String> links = new LinkedHashSet<>(List.of(DocLinks.CONDITION_OPERATORS));
        switch (op.family()) {
            case "null" -> meaning.add(Message.of(c.values().contains("true")
                    ? "explain.any.cond.null.absent" : "explain.any.cond.null.present", key));
            case "bool" -> meaning.add(Message.of("explain.any.cond.bool", key, values));
            default -> {
                meaning.add(Message.of("explain.any.cond.test", key, verb(op, values)));
                if (c.values().size() > 1) {
                    meaning.add(Message.of(op.negated() ? "explain.any.cond.nor" : "explain.any.cond.or"));
                    links.add(DocLinks.CONDITION_LOGIC);
                }
            }
        }
        if (op.setPrefix().equals("ForAnyValue")) {
            meaning.add(Message.of("explain.any.cond.forAnyValue"));
            links.add(DocLinks.CONDITION_LOGIC);
        } else if (op.setPrefix().equals("ForAllValues")) {
            meaning.add(Message.of("explain.any.cond.forAllValues"));
            links.add(DocLinks.CONDITION_LOGIC);
        } else if (op.ifExists()) {
            meaning.add(Message.of("explain.any.cond.ifExists", key));
        } else if (!op.family().equals("null")) {
            meaning.add(Message.of(op.negated() ? "explain.any.cond.missing.passes" : "explain.any.cond.missing.fails", key));
        }
        if (effect == Effect.Deny && op.negated()) {
            meaning.add(Message.of(op.ifExists() ? "explain.any.cond.denyNegated.ifExists" : "explain.any.cond.denyNegated",
                    key, verb(new OperatorParts(op.setPrefix(), op.base(), op.ifExists(), false), values)));
            links.add(DocLinks.CONDITION_LOGIC);
        }
        links.add(keyPage(c.key()));
        return new ConditionReading(c.operator(), c.key(), c.values(), op.setPrefix(), op.ifExists(), op.negated(),
                meaning, List.copyOf(links));
    }

    /** The page that lists a condition key: the global keys for {@code aws:}, the service's page otherwise. */
    static String keyPage(String key) {
        int colon = key.indexOf(':');
        String prefix = colon < 0 ? "" : key.substring(0, colon);
        return prefix.equalsIgnoreCase("aws") ? DocLinks.CONDITION_KEYS : DocLinks.servicePage(prefix);
    }

    private static Message verb(OperatorParts op, CodeList values) {
        String family = op.family();
        boolean several = values.values().size() > 1;
        if (op.negated()) {
            return switch (family) {
                case "equalsIgnoreCase" -> Message.of(several ? "explain.any.op.equalsIgnoreCase.not.several"
                        : "explain.any.op.equalsIgnoreCase.not", values);
                case "like" -> Message.of(several ? "explain.any.op.like.not.several" : "explain.any.op.like.not", values);
                case "ipAddress" -> Message.of(several ? "explain.any.op.ipAddress.not.several" : "explain.any.op.ipAddress.not",
                        values);
                default -> Message.of(several ? "explain.any.op.equals.not.several" : "explain.any.op.equals.not", values);
            };
        }
        return switch (family) {
            case "equalsIgnoreCase" -> Message.of(several ? "explain.any.op.equalsIgnoreCase.several"
                    : "explain.any.op.equalsIgnoreCase", values);
            case "like" -> Message.of(several ? "explain.any.op.like.several" : "explain.any.op.like", values);
            case "lessThan" -> Message.of("explain.any.op.lessThan", values);
            case "lessThanEquals" -> Message.of("explain.any.op.lessThanEquals", values);
            case "greaterThan" -> Message.of("explain.any.op.greaterThan", values);
            case "greaterThanEquals" -> Message.of("explain.any.op.greaterThanEquals", values);
            case "ipAddress" -> Message.of(several ? "explain.any.op.ipAddress.several" : "explain.any.op.ipAddress", values);
            default -> Message.of(several ? "explain.any.op.equals.several" : "explain.any.op.equals", values);
        };
    }
}
