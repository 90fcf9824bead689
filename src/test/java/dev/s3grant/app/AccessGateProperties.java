package dev.s3grant.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.diff.SidePolicies;
import dev.s3grant.diff.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The gate on generated bucket policies: every change that only narrows (removing an action,
 * principal or condition value, adding a condition or a Deny) and every rewrite that keeps the
 * meaning (one statement per action, statements in another order) passes; every generated
 * broadening (adding an action, principal, resource or condition value, removing the condition or
 * the Deny, StringEquals loosened to StringLike with a wildcard) is caught.
 */
class AccessGateProperties {

    static final List<String> ACCOUNTS = List.of("111111111111", "222222222222", "333333333333");
    static final List<String> ACTIONS = List.of("s3:PutObject", "s3:AbortMultipartUpload", "s3:PutObjectTagging", "s3:GetObject");
    static final List<String> RESOURCES = List.of("arn:aws:s3:::bkt/in/*", "arn:aws:s3:::bkt/out/*");
    static final List<String> ORGS = List.of("o-aaaaaaaaaa", "o-bbbbbbbbbb", "o-cccccccccc");

    /** One Allow statement (and an optional TLS Deny): the grant the mutations start from. */
    record Grant(List<String> accounts, List<String> actions, List<String> resources, List<String> orgs,
                 String operator, boolean tlsDeny, List<String> extraCondition, boolean splitByAction, boolean denyFirst) {

        Grant with(List<String> accounts, List<String> actions, List<String> resources, List<String> orgs) {
            return new Grant(accounts, actions, resources, orgs, operator, tlsDeny, extraCondition, splitByAction, denyFirst);
        }

        String json() {
            List<String> statements = new ArrayList<>();
            List<List<String>> actionGroups = splitByAction ? actions.stream().map(List::of).toList() : List.of(actions);
            for (List<String> group : actionGroups) {
                Map<String, List<String>> byOperator = new java.util.TreeMap<>();
                if (!orgs.isEmpty()) {
                    byOperator.computeIfAbsent(operator, k -> new ArrayList<>())
                            .add("\"aws:PrincipalOrgID\":" + list(orgs));
                }
                if (!extraCondition.isEmpty()) {
                    byOperator.computeIfAbsent("StringEquals", k -> new ArrayList<>())
                            .add("\"aws:PrincipalTag/team\":" + list(extraCondition));
                }
                List<String> conditions = new ArrayList<>();
                byOperator.forEach((op, keys) -> conditions.add("\"" + op + "\":{" + String.join(",", keys) + "}"));
                statements.add("{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":"
                        + list(accounts.stream().map(a -> "arn:aws:iam::" + a + ":root").toList())
                        + "},\"Action\":" + list(group) + ",\"Resource\":" + list(resources)
                        + (conditions.isEmpty() ? "" : ",\"Condition\":{" + String.join(",", conditions) + "}") + "}");
            }
            if (tlsDeny) {
                String deny = "{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"s3:*\","
                        + "\"Resource\":[\"arn:aws:s3:::bkt\",\"arn:aws:s3:::bkt/*\"],"
                        + "\"Condition\":{\"Bool\":{\"aws:SecureTransport\":\"false\"}}}";
                statements.add(denyFirst ? 0 : statements.size(), deny);
            }
            return "{\"Version\":\"2012-10-17\",\"Statement\":[" + String.join(",", statements) + "]}";
        }
    }

    static String list(List<String> values) {
        return "[" + String.join(",", values.stream().map(v -> "\"" + v + "\"").toList()) + "]";
    }

    static GateVerdict.Kind gate(Grant old, Grant now) {
        return AccessGate.judge(side(old), side(now)).kind(false);
    }

    static SidePolicies side(Grant grant) {
        return SidePolicies.of(Map.of("bucket-policy.json", new SourceFile("bucket-policy.json", grant.json())));
    }

    @Provide
    Arbitrary<Grant> grants() {
        return Combinators.combine(
                subset(ACCOUNTS), subset(ACTIONS), subset(RESOURCES),
                Arbitraries.subsetOf(ORGS).map(s -> List.copyOf(new TreeSet<>(s))),
                Arbitraries.of(true, false)).as((accounts, actions, resources, orgs, deny) ->
                        new Grant(accounts, actions, resources, orgs, "StringEquals", deny, List.of(), false, false));
    }

    static Arbitrary<List<String>> subset(List<String> all) {
        return Arbitraries.subsetOf(all).filter(s -> !s.isEmpty()).map(s -> List.copyOf(new TreeSet<>(s)));
    }

    @Property(tries = 200)
    void rewritingWithTheSameMeaningPasses(@ForAll("grants") Grant old, @ForAll boolean split, @ForAll boolean denyFirst) {
        Grant now = new Grant(old.accounts(), old.actions(), old.resources(), old.orgs(), old.operator(), old.tlsDeny(),
                old.extraCondition(), split, denyFirst);

        assertThat(gate(old, now)).isEqualTo(GateVerdict.Kind.UNCHANGED);
    }

    @Property(tries = 300)
    void everyNarrowingPasses(@ForAll("grants") Grant old, @ForAll Narrowing narrowing) {
        Grant now = narrowing.apply(old);

        assertThat(gate(old, now)).as("%s\n%s", old.json(), now.json())
                .isIn(GateVerdict.Kind.NARROWED, GateVerdict.Kind.UNCHANGED);
    }

    @Property(tries = 300)
    void everyBroadeningFails(@ForAll("grants") Grant old, @ForAll Broadening broadening) {
        Grant now = broadening.apply(old);

        assertThat(gate(old, now)).as("%s\n%s", old.json(), now.json())
                .isEqualTo(now.json().equals(old.json()) ? GateVerdict.Kind.UNCHANGED : GateVerdict.Kind.BROADENED);
    }

    enum Narrowing {
        REMOVE_ACTION, REMOVE_PRINCIPAL, REMOVE_ORG_VALUE, ADD_CONDITION, ADD_DENY;

        Grant apply(Grant g) {
            return switch (this) {
                case REMOVE_ACTION -> g.with(g.accounts(), dropFirst(g.actions()), g.resources(), g.orgs());
                case REMOVE_PRINCIPAL -> g.with(dropFirst(g.accounts()), g.actions(), g.resources(), g.orgs());
                case REMOVE_ORG_VALUE -> g.orgs().size() > 1 ? g.with(g.accounts(), g.actions(), g.resources(),
                        g.orgs().subList(1, g.orgs().size())) : g;
                case ADD_CONDITION -> new Grant(g.accounts(), g.actions(), g.resources(), g.orgs(), g.operator(),
                        g.tlsDeny(), List.of("ingest"), false, false);
                case ADD_DENY -> new Grant(g.accounts(), g.actions(), g.resources(), g.orgs(), g.operator(),
                        true, g.extraCondition(), false, false);
            };
        }

        static List<String> dropFirst(List<String> values) {
            return values.size() > 1 ? values.subList(1, values.size()) : values;
        }
    }

    enum Broadening {
        ADD_ACTION, ADD_PRINCIPAL, ADD_RESOURCE, ADD_ORG_VALUE, REMOVE_CONDITION, REMOVE_DENY, STRING_LIKE_WILDCARD;

        Grant apply(Grant g) {
            return switch (this) {
                case ADD_ACTION -> g.with(g.accounts(), added(g.actions(), ACTIONS), g.resources(), g.orgs());
                case ADD_PRINCIPAL -> g.with(added(g.accounts(), ACCOUNTS), g.actions(), g.resources(), g.orgs());
                case ADD_RESOURCE -> g.with(g.accounts(), g.actions(), added(g.resources(), RESOURCES), g.orgs());
                case ADD_ORG_VALUE -> g.orgs().isEmpty() ? g : g.with(g.accounts(), g.actions(), g.resources(), added(g.orgs(), ORGS));
                case REMOVE_CONDITION -> g.with(g.accounts(), g.actions(), g.resources(), List.of());
                case REMOVE_DENY -> new Grant(g.accounts(), g.actions(), g.resources(), g.orgs(), g.operator(),
                        false, g.extraCondition(), false, false);
                case STRING_LIKE_WILDCARD -> g.orgs().isEmpty() ? g : new Grant(g.accounts(), g.actions(), g.resources(),
                        List.of("o-*"), "StringLike", g.tlsDeny(), g.extraCondition(), false, false);
            };
        }

        static List<String> added(List<String> values, List<String> all) {
            List<String> out = new ArrayList<>(values);
            all.stream().filter(v -> !values.contains(v)).findFirst().ifPresent(out::add);
            return List.copyOf(new TreeSet<>(out));
        }
    }
}
