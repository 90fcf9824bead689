package dev.s3grant.policy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
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
}
