package dev.s3grant.policy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The {@code Principal} (or {@code NotPrincipal}) element: either {@code "*"} or a map from type
 * ({@code AWS}, {@code Service}, {@code Federated}, {@code CanonicalUser}) to sorted values.
 */
public record Principal(boolean wildcard, Map<String, List<String>> values) {

    public Principal {
        TreeMap<String, List<String>> sorted = new TreeMap<>();
        values.forEach((k, v) -> {
            List<String> list = new ArrayList<>(v);
            Collections.sort(list);
            sorted.put(k, List.copyOf(list));
        });
        values = Collections.unmodifiableMap(sorted);
    }

    public static Principal any() {
        return new Principal(true, Map.of());
    }

    public static Principal aws(String... arns) {
        return new Principal(false, Map.of("AWS", List.of(arns)));
    }

    public static Principal service(List<String> services) {
        return new Principal(false, Map.of("Service", services));
    }

    public List<String> aws() {
        return values.getOrDefault("AWS", List.of());
    }

    public List<String> services() {
        return values.getOrDefault("Service", List.of());
    }

    /**
     * Every component equal, as a record's own {@code equals} tests, written out: the generated one is linked on its
     * first call through method handles that no start-up cache holds, about 19 ms of a packaged {@code generate} for
     * the policy records (decision 0057). {@code hashCode} stays the record's own.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Principal p && wildcard == p.wildcard && Objects.equals(values, p.values);
    }
}
