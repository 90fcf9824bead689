package dev.s3grant.hcl;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** <code>{ key = value, ... }</code> with entries in source order. */
public record HclObject(List<Entry> entries) implements HclValue {

    public HclObject {
        entries = List.copyOf(entries);
    }

    /**
     * One item. The key is the identifier for {@code key = v}, the string's text for
     * {@code "key" = v}, and the source text otherwise ({@code (var.k) = v}, <code>"${x}" = v</code>).
     */
    public record Entry(String key, HclValue value) {
        public Entry {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
        }
    }

    /** The value of the first entry with this key. */
    public Optional<HclValue> get(String key) {
        return entries.stream().filter(e -> e.key().equals(key)).map(Entry::value).findFirst();
    }
}
