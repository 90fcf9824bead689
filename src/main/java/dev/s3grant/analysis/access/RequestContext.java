package dev.s3grant.analysis.access;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The condition keys of a request and their values. Key names are case-insensitive, as in IAM;
 * a key may carry several values (a multivalued key). Iteration is sorted by key name.
 */
public final class RequestContext {

    private final SortedMap<String, List<String>> keys;

    private RequestContext(SortedMap<String, List<String>> keys) {
        this.keys = keys;
    }

    public static RequestContext empty() {
        return new RequestContext(new TreeMap<>(String.CASE_INSENSITIVE_ORDER));
    }

    public static RequestContext of(Map<String, List<String>> values) {
        RequestContext context = empty();
        values.forEach((k, v) -> context.keys.put(k, List.copyOf(v)));
        return context;
    }

    /** A copy with the key set to these values, replacing any it had. */
    public RequestContext with(String key, String... values) {
        RequestContext copy = copy();
        copy.keys.remove(key);
        copy.keys.put(key, List.of(values));
        return copy;
    }

    /** A copy with the key set unless it is present already. */
    public RequestContext withDefault(String key, String value) {
        return keys.containsKey(key) ? this : with(key, value);
    }

    /** A copy with each key of {@code defaults} set unless it is present already: one copy for several keys. */
    public RequestContext withDefaults(Map<String, String> defaults) {
        RequestContext copy = copy();
        defaults.forEach((key, value) -> copy.keys.putIfAbsent(key, List.of(value)));
        return copy;
    }

    /** A copy with the key removed. */
    public RequestContext without(String key) {
        RequestContext copy = copy();
        copy.keys.remove(key);
        return copy;
    }

    /** The values of a key; empty when the key is absent. */
    public Optional<List<String>> values(String key) {
        return Optional.ofNullable(keys.get(key));
    }

    public boolean has(String key) {
        return keys.containsKey(key);
    }

    /** Every key with its values, sorted by key name. */
    public SortedMap<String, List<String>> asMap() {
        return Collections.unmodifiableSortedMap(keys);
    }

    private RequestContext copy() {
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        copy.putAll(keys);
        return new RequestContext(copy);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RequestContext c && new ArrayList<>(keys.entrySet()).equals(new ArrayList<>(c.keys.entrySet()));
    }

    @Override
    public int hashCode() {
        return new ArrayList<>(keys.entrySet()).hashCode();
    }

    @Override
    public String toString() {
        return keys.toString();
    }
}
