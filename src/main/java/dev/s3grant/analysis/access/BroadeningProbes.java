package dev.s3grant.analysis.access;

import dev.s3grant.policy.Condition;
import dev.s3grant.policy.PolicyDocument;
import dev.s3grant.policy.Principal;
import dev.s3grant.policy.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The finite set of requests on which two versions of a policy are compared: every caller named in
 * either (and an outsider), every action and resource written in either, and for each condition key
 * every value written in either, the key absent and a value neither names. Each written value also
 * yields the texts its wildcards match ({@code *} as nothing and as a word, {@code ?} as one
 * character) and a number yields its neighbours, so that a looser pattern or bound is probed by a
 * value only it matches. The aws:PrincipalArn and aws:PrincipalAccount keys follow the caller.
 */
final class BroadeningProbes {

    /** More requests than this are not tried: the answer is then unknown. */
    static final long LIMIT = 2_000_000L;
    static final String OUTSIDER = "999999999999";
    static final String OTHER = "s3grant-other";
    private static final String PRINCIPAL_ARN = "aws:principalarn";
    private static final String PRINCIPAL_ACCOUNT = "aws:principalaccount";
    private static final Pattern ACCOUNT = Pattern.compile("^\\d{12}$");
    private static final Pattern NUMBER = Pattern.compile("^-?\\d{1,15}$");

    private final List<Caller> callers;
    private final List<String> actions;
    private final List<String> resources;
    private final Map<String, List<Optional<String>>> keyValues;

    private BroadeningProbes(List<Caller> callers, List<String> actions, List<String> resources,
                             Map<String, List<Optional<String>>> keyValues) {
        this.callers = callers;
        this.actions = actions;
        this.resources = resources;
        this.keyValues = keyValues;
    }

    static BroadeningProbes of(List<PolicyDocument> policies) {
        Set<Caller> callers = new LinkedHashSet<>();
        Set<String> actions = new LinkedHashSet<>();
        Set<String> resources = new LinkedHashSet<>();
        Map<String, Set<Optional<String>>> keyValues = new LinkedHashMap<>();
        Map<String, String> keyNames = new LinkedHashMap<>();
        for (PolicyDocument policy : policies) {
            for (Statement s : policy.statements()) {
                addCallers(s.principal(), callers);
                addCallers(s.notPrincipal(), callers);
                s.actions().forEach(a -> actions.addAll(variants(a)));
                s.notActions().forEach(a -> actions.addAll(variants(a)));
                s.resources().forEach(r -> resources.addAll(variants(r)));
                s.notResources().forEach(r -> resources.addAll(variants(r)));
                for (Condition c : s.conditions()) {
                    String key = c.key().toLowerCase(java.util.Locale.ROOT);
                    keyNames.putIfAbsent(key, c.key());
                    Set<Optional<String>> values = keyValues.computeIfAbsent(key, k -> new LinkedHashSet<>());
                    for (String v : c.values()) {
                        variants(v).forEach(x -> values.add(Optional.of(x)));
                        if (key.equals(PRINCIPAL_ARN)) {
                            variants(v).forEach(x -> roleCaller(x).ifPresent(callers::add));
                        }
                    }
                    if (c.operator().startsWith("Bool")) {
                        values.add(Optional.of("true"));
                        values.add(Optional.of("false"));
                    }
                }
            }
        }
        callers.add(Caller.root("aws", OUTSIDER));
        callers.add(Caller.roleSession("arn:aws:iam::" + OUTSIDER + ":role/" + OTHER, ProbeValues.SESSION));
        actions.add("s3grant:Other");
        resources.add("arn:aws:s3:::" + OTHER);
        Map<String, List<Optional<String>>> free = new LinkedHashMap<>();
        keyValues.forEach((key, values) -> {
            if (!key.equals(PRINCIPAL_ARN) && !key.equals(PRINCIPAL_ACCOUNT)) {
                List<Optional<String>> all = new ArrayList<>(values);
                all.add(Optional.of(OTHER));
                all.add(Optional.empty());
                free.put(keyNames.get(key), all);
            }
        });
        return new BroadeningProbes(List.copyOf(callers), List.copyOf(actions), List.copyOf(resources), free);
    }

    long size() {
        long n = (long) callers.size() * actions.size() * resources.size();
        for (List<Optional<String>> values : keyValues.values()) {
            n *= values.size();
            if (n > LIMIT) {
                return n;
            }
        }
        return n;
    }

    boolean tooLarge() {
        return size() > LIMIT;
    }

    /** The first probe request the test holds for, trying every request; empty when too large or none. */
    Optional<AccessRequest> find(Predicate<AccessRequest> test) {
        if (tooLarge()) {
            return Optional.empty();
        }
        List<RequestContext> contexts = contexts();
        for (Caller caller : callers) {
            for (String action : actions) {
                for (String resource : resources) {
                    for (RequestContext context : contexts) {
                        AccessRequest request = new AccessRequest(caller, action, resource, caller.accountId(),
                                withCaller(context, caller));
                        if (test.test(request)) {
                            return Optional.of(request);
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    private List<RequestContext> contexts() {
        List<RequestContext> contexts = List.of(RequestContext.empty());
        for (Map.Entry<String, List<Optional<String>>> entry : keyValues.entrySet()) {
            List<RequestContext> next = new ArrayList<>();
            for (RequestContext context : contexts) {
                for (Optional<String> value : entry.getValue()) {
                    next.add(value.map(v -> context.with(entry.getKey(), v)).orElse(context));
                }
            }
            contexts = next;
        }
        return contexts;
    }

    private static RequestContext withCaller(RequestContext context, Caller caller) {
        if (caller.isService()) {
            return context;
        }
        return context.with("aws:PrincipalArn", caller.principalArn()).with("aws:PrincipalAccount", caller.accountId());
    }

    private static void addCallers(Principal principal, Set<Caller> into) {
        if (principal == null) {
            return;
        }
        if (principal.wildcard()) {
            into.add(Caller.root("aws", OUTSIDER));
            return;
        }
        for (String value : principal.aws()) {
            if (value.equals("*")) {
                into.add(Caller.root("aws", OUTSIDER));
            } else if (ACCOUNT.matcher(value).matches()) {
                into.add(Caller.root("aws", value));
                into.add(Caller.roleSession("arn:aws:iam::" + value + ":role/" + OTHER, ProbeValues.SESSION));
            } else if (value.endsWith(":root")) {
                String[] parts = value.split(":", 6);
                if (parts.length == 6) {
                    into.add(Caller.root(parts[1], parts[4]));
                    into.add(Caller.roleSession("arn:" + parts[1] + ":iam::" + parts[4] + ":role/" + OTHER, ProbeValues.SESSION));
                }
            } else {
                roleCaller(value).ifPresent(into::add);
            }
        }
        principal.values().getOrDefault("Service", List.of()).forEach(s -> into.add(Caller.service(s)));
    }

    private static Optional<Caller> roleCaller(String arn) {
        try {
            return Optional.of(Caller.parse(arn, "aws"));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A written value and the texts its wildcards or its number reach. */
    static List<String> variants(String value) {
        Set<String> out = new LinkedHashSet<>();
        out.add(value);
        if (value.contains("*") || value.contains("?")) {
            out.add(value.replace("*", "").replace("?", "x"));
            out.add(value.replace("*", "probe").replace("?", "x"));
        }
        if (NUMBER.matcher(value).matches()) {
            long n = Long.parseLong(value);
            out.add(Long.toString(n - 1));
            out.add(Long.toString(n + 1));
        }
        return List.copyOf(out);
    }
}
